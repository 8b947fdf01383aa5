/** Where the cycle stands: each department's report status with times, overdue marked, for the office. */
@ApplicationModule(
        allowedDependencies = {
            "bulletin",
            "calendar",
            "cycle",
            "notification",
            "operations",
            "organization",
            "submission",
            "system"
        })
package org.reportcycle.monitoring;

import org.springframework.modulith.ApplicationModule;
