package org.reportcycle.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Brute-force protection: after {@code maxFailures} failed sign-ins in a row an account (known or not) is locked
 * for {@code lockFor}; a client address with {@code addressMaxFailures} failures within {@code addressWindow} is
 * refused until enough of them are older than the window.
 */
@ConfigurationProperties("reportcycle.security.lockout")
record LockoutSettings(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("PT15M") Duration lockFor,
        @DefaultValue("20") int addressMaxFailures,
        @DefaultValue("PT15M") Duration addressWindow) {}
