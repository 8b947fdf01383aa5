package org.reportcycle.organization;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the organisation file is; relative paths are from the working directory. */
@ConfigurationProperties("reportcycle.organization")
record OrganizationSettings(
        @DefaultValue("config/organization.yml") String file) {}
