/**
 * A department's monthly report (报送): completed work, the status of plan items due this month and next
 * month's plan. Draft, submit, returned with the office's comment, resubmit, accepted.
 */
@ApplicationModule(allowedDependencies = {"notification", "organization", "plan", "system"})
package org.reportcycle.submission;

import org.springframework.modulith.ApplicationModule;
