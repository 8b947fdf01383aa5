package org.reportcycle.cycle;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The submission reminder ladder, in working-day offsets from WD0: blue (WD-1) and yellow (WD0, due today) to the
 * department's heads, red (WD+1) copied to its responsible leader, red (WD+2) escalated to the office. Each rung's
 * timer fires at {@code timerTime} (before the 09:00 digest, so that day's digest carries it).
 */
@ConfigurationProperties("reportcycle.reminders.ladder")
record LadderSettings(
        @DefaultValue("-1") int blue,
        @DefaultValue("0") int yellow,
        @DefaultValue("1") int red,
        @DefaultValue("2") int escalated,
        @DefaultValue("08:00") LocalTime timerTime) {

    int offset(LadderRung rung) {
        return switch (rung) {
            case BLUE -> blue;
            case YELLOW -> yellow;
            case RED -> red;
            case ESCALATED -> escalated;
        };
    }
}
