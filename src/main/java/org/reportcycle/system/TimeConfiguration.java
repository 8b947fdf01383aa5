package org.reportcycle.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, in the office's time zone. It reads the engine's clock so that a test
 * that moves Camunda's ClockUtil moves due dates, timers and the application's own timestamps together.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    static final ZoneId OFFICE_ZONE = OfficeTime.ZONE;

    @Bean
    Clock clock() {
        return new EngineClock(OFFICE_ZONE);
    }

    /** Follows ClockUtil, which is the system time unless a test has set it. */
    static final class EngineClock extends Clock {

        private final ZoneId zone;

        EngineClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new EngineClock(other);
        }

        @Override
        public Instant instant() {
            return ClockUtil.now().toInstant();
        }
    }
}
