/**
 * The monthly reporting cycle: the process {@code monthly-reporting-cycle} (one instance per period, the period
 * as business key), its thin delegates, and the services that keep every engine call in one place.
 */
@ApplicationModule(
        allowedDependencies = {"bulletin", "calendar", "notification", "organization", "plan", "submission", "system"})
package org.reportcycle.cycle;

import org.springframework.modulith.ApplicationModule;
