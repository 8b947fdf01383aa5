/**
 * What every feature stands on: security and the current user, time, locale, and the errors that become
 * problem details on the API and error pages on the web.
 */
@ApplicationModule(allowedDependencies = {})
package org.reportcycle.system;

import org.springframework.modulith.ApplicationModule;
