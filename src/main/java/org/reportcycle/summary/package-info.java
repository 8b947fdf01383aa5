/**
 * Period summaries (工作总结): the completed work of the accepted reports of a range of months (a quarter, a half,
 * the year, or up to twelve months), grouped by department, as a Word draft for the office to edit; its page and API.
 */
@ApplicationModule(allowedDependencies = {"document", "organization", "submission", "system"})
package org.reportcycle.summary;

import org.springframework.modulith.ApplicationModule;
