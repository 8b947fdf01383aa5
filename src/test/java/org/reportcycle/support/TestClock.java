package org.reportcycle.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Moves time for the engine and the application together: the application's {@code Clock} bean follows Camunda's
 * ClockUtil. Times are the office's (Asia/Shanghai). Call {@link #reset()} in {@code @AfterEach}.
 */
public final class TestClock {

    public static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

    private TestClock() {}

    public static void setTo(LocalDateTime officeTime) {
        ClockUtil.setCurrentTime(Date.from(officeTime.atZone(OFFICE_ZONE).toInstant()));
    }

    public static void setTo(LocalDate day, LocalTime officeTime) {
        setTo(day.atTime(officeTime));
    }

    /** Back to the system time. */
    public static void reset() {
        ClockUtil.reset();
    }
}
