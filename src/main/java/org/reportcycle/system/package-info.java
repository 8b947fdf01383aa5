/**
 * What every feature stands on: security and the current user, time, locale, and the errors that become
 * problem details on the API and error pages on the web.
 */
package org.reportcycle.system;
