package org.reportcycle.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;

import org.reportcycle.calendar.WorkingDays;
import org.springframework.stereotype.Component;

/** When a period's cycle opens and its reports are due, in working days. Public: the process model reads it. */
@Component("cycleSchedule")
public class CycleSchedule {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final CycleSettings settings;
    private final WorkingDays workingDays;

    CycleSchedule(CycleSettings settings, WorkingDays workingDays) {
        this.settings = settings;
        this.workingDays = workingDays;
    }

    /** The cron of the daily opening check at the opening time, used by the process's timer start event. */
    public String openingCheck() {
        return "0 %d %d * * ?".formatted(settings.openingTime().getMinute(), settings.openingTime().getHour());
    }

    LocalDate openingDay(YearMonth period) {
        return workingDays.offset(period, settings.openingOffset());
    }

    Instant submissionDue(YearMonth period) {
        return workingDays.offset(period, settings.submissionDueOffset()).atTime(settings.submissionDueTime())
            .atZone(ZONE).toInstant();
    }

    /** The period whose cycle opens on {@code day}, if any. */
    Optional<YearMonth> periodOpeningOn(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        for (YearMonth candidate : new YearMonth[] {month.minusMonths(1), month, month.plusMonths(1)}) {
            if (openingDay(candidate).equals(day)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
