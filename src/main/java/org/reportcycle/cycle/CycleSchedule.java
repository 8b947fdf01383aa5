package org.reportcycle.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import org.reportcycle.calendar.WorkingDays;
import org.reportcycle.system.OfficeTime;
import org.springframework.stereotype.Component;

/** When a period's cycle opens and its reports are due, in working days. Public: the process model reads it. */
@Component("cycleSchedule")
public class CycleSchedule {

    static final ZoneId ZONE = OfficeTime.ZONE;

    /**
     * When a back-filled cycle's reminder timers fire: never. A timer must have a time, and its month's own times
     * are long past, so they would all fire at once; these go with their task, unfired.
     */
    static final Instant NEVER = Instant.parse("9999-12-31T00:00:00Z");

    private final CycleSettings settings;
    private final LadderSettings ladder;
    private final WorkingDays workingDays;
    private final Cycles cycles;

    CycleSchedule(CycleSettings settings, LadderSettings ladder, WorkingDays workingDays, Cycles cycles) {
        this.settings = settings;
        this.ladder = ladder;
        this.workingDays = workingDays;
        this.cycles = cycles;
    }

    /** The timeDate of the opening loop's timer: the period's opening day at the opening time (WD-3 09:00). */
    public Date openingTimer(String period) {
        return Date.from(openingAt(YearMonth.parse(period)));
    }

    Instant openingAt(YearMonth period) {
        return openingDay(period).atTime(settings.openingTime()).atZone(ZONE).toInstant();
    }

    /** Whether opening {@code period} in {@code current} is a back-fill: a month before last month (by default). */
    boolean isBackfill(YearMonth period, YearMonth current) {
        return period.isBefore(current.minusMonths(settings.backfillBeforeMonths()));
    }

    LocalDate openingDay(YearMonth period) {
        return workingDays.offset(period, settings.openingOffset());
    }

    Instant submissionDue(YearMonth period) {
        return workingDays
                .offset(period, settings.submissionDueOffset())
                .atTime(settings.submissionDueTime())
                .atZone(ZONE)
                .toInstant();
    }

    Instant compileDue(YearMonth period) {
        return workingDays
                .offset(period, settings.compileDueOffset())
                .atTime(settings.compileDueTime())
                .atZone(ZONE)
                .toInstant();
    }

    Instant signOffDue(YearMonth period) {
        return workingDays
                .offset(period, settings.signOffDueOffset())
                .atTime(settings.signOffDueTime())
                .atZone(ZONE)
                .toInstant();
    }

    /** The compile task's due date; the process sets it when collection ends. */
    public Date compileDueDate(String period) {
        return Date.from(compileDue(YearMonth.parse(period)));
    }

    /** The sign-off task's due date; the process sets it when the bulletin is sent for sign-off. */
    public Date signOffDueDate(String period) {
        return Date.from(signOffDue(YearMonth.parse(period)));
    }

    /** When a ladder rung's timer fires: its working day at the ladder's timer time (08:00). */
    Instant ladderAt(YearMonth period, LadderRung rung) {
        return workingDays
                .offset(period, ladder.offset(rung))
                .atTime(ladder.timerTime())
                .atZone(ZONE)
                .toInstant();
    }

    /** The timeDate of a ladder rung's boundary timer on the report task, e.g. {@code ladderTimer(period, 'BLUE')}. */
    public Date ladderTimer(String period, String rung) {
        if (cycles.backfill(period)) {
            return Date.from(NEVER);
        }
        return Date.from(ladderAt(YearMonth.parse(period), LadderRung.valueOf(rung)));
    }

    /** The timeDate of a step's due-day reminder in the period's cycle; never for a back-filled one. */
    public Date dueDayTimer(String period, Date dueAt) {
        return cycles.backfill(period) ? Date.from(NEVER) : dueDayTimer(dueAt);
    }

    /** The timeDate of a due-day reminder: the due date's day at the ladder's timer time. */
    public Date dueDayTimer(Date dueAt) {
        return Date.from(dueAt.toInstant()
                .atZone(ZONE)
                .toLocalDate()
                .atTime(ladder.timerTime())
                .atZone(ZONE)
                .toInstant());
    }
}
