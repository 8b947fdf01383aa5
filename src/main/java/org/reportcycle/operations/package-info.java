/**
 * Background work that failed and waits for people: the engine's open incidents and its jobs with no retries
 * left, listed for administrators and the office, and given one more try by an administrator.
 */
@ApplicationModule(allowedDependencies = "system")
package org.reportcycle.operations;

import org.springframework.modulith.ApplicationModule;
