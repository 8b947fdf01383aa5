package org.reportcycle.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Date;
import org.reportcycle.bulletin.BulletinIssueWorkflow;
import org.reportcycle.calendar.CalendarChanged;
import org.reportcycle.submission.SubmissionService;
import org.reportcycle.system.EngineCommands;
import org.reportcycle.system.ReportingPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When the calendar changes, every cycle still collecting gets its submission due recomputed; where it moved,
 * the cycle, its reports, the process variable and the open report tasks move with it, in the
 * administrator's transaction; so do the open timers of the reminder ladder, wherever their day moved. In cycles
 * being compiled, the compile and sign-off tasks' due dates and due-day timers move likewise. Cycles that are not
 * yet open read the calendar when they open.
 */
@Component
class CalendarChangeListener {

    private static final Logger log = LoggerFactory.getLogger(CalendarChangeListener.class);

    private final Cycles cycles;
    private final CycleSchedule schedule;
    private final SubmissionService submissions;
    private final CycleTimers timers;
    private final Clock clock;
    private final BulletinIssueWorkflow issues;

    CalendarChangeListener(
            Cycles cycles,
            CycleSchedule schedule,
            SubmissionService submissions,
            CycleTimers timers,
            Clock clock,
            BulletinIssueWorkflow issues) {
        this.issues = issues;
        this.clock = clock;
        this.cycles = cycles;
        this.schedule = schedule;
        this.submissions = submissions;
        this.timers = timers;
    }

    @EventListener
    @Transactional
    void calendarChanged(CalendarChanged event) {
        EngineCommands.run(() -> move(event));
    }

    private void move(CalendarChanged event) {
        for (ReportingCycle cycle : cycles.collecting()) {
            ReportingPeriod period = cycle.period();
            Instant due = schedule.submissionDue(period.month());
            Instant before = cycle.submissionDueAt().toInstant();
            if (!due.equals(before)) {
                moveSubmissionDue(period, due);
                if (due.isBefore(clock.instant())) {
                    // The pages refuse this (CalendarPreview); the API does as told, so it is said loudly.
                    log.warn(
                            "Calendar {} changed: reports for {} now due {}, a time already past (were due {})",
                            event.year(),
                            period,
                            due,
                            before);
                }
                log.info(
                        "Calendar {} changed: reports for {} now due {} (were due {})",
                        event.year(),
                        period,
                        due,
                        before);
            }
            moveLadderTimers(period);
            // A report waiting for review is due when the bulletin is: the office reviews before compiling.
            moveStep(
                    period,
                    MonthlyCycleProcess.TASK_REVIEW_SUBMISSION,
                    null,
                    Date.from(schedule.compileDue(period.month())));
        }
        for (ReportingCycle cycle : cycles.compilingCycles()) {
            ReportingPeriod period = cycle.period();
            YearMonth month = period.month();
            moveStep(
                    period,
                    MonthlyCycleProcess.TASK_COMPILE_BULLETIN,
                    MonthlyCycleProcess.BOUNDARY_COMPILE_DUE,
                    Date.from(schedule.compileDue(month)));
            Date signOffDue = Date.from(schedule.signOffDue(month));
            issues.signOffDueMoved(period.businessKey(), signOffDue, schedule.dueDayTimer(signOffDue));
        }
    }

    /** Moves an open step's due date and its due-day reminder timer, if it has one. */
    private void moveStep(ReportingPeriod period, String taskKey, String dueTimer, Date due) {
        timers.stepDueMoved(period, taskKey, dueTimer, due, schedule.dueDayTimer(due));
    }

    private void moveLadderTimers(ReportingPeriod period) {
        YearMonth month = period.month();
        for (LadderRung rung : LadderRung.values()) {
            timers.ladderMoved(period, rung, Date.from(schedule.ladderAt(month, rung)));
        }
    }

    private void moveSubmissionDue(ReportingPeriod period, Instant due) {
        cycles.moveSubmissionDue(period, due);
        submissions.moveDue(period, due);
        timers.submissionDueMoved(period, Date.from(due));
    }
}
