/**
 * The organisation: its name and bulletin settings, departments (部室), leaders, users and the distribution
 * lists 报 and 发. Loaded from {@code config/organization.yml} at start-up and kept in the database.
 */
@ApplicationModule(allowedDependencies = {"system"})
package org.reportcycle.organization;

import org.springframework.modulith.ApplicationModule;
