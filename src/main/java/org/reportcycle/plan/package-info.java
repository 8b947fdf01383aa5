/**
 * Plan items (工作计划): what a department plans for next month, with its 责任领导, 责任部室 and 完成时限, and
 * how each approved item stands when its month is reported.
 */
@ApplicationModule(allowedDependencies = {"calendar", "notification", "organization", "system"})
package org.reportcycle.plan;

import org.springframework.modulith.ApplicationModule;
