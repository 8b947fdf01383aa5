/**
 * The bulletin (要情摘报): compiled from accepted reports, edited by the office, signed off by the leader for one
 * exact version, published with its number and date, and distributed to the 报 and 发 lists.
 */
@ApplicationModule(allowedDependencies = {"document", "notification", "organization", "plan", "submission", "system"})
package org.reportcycle.bulletin;

import org.springframework.modulith.ApplicationModule;
