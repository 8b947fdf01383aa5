package org.reportcycle.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import org.reportcycle.system.ReportingPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each month's opening on its day (WD-3 at the opening time), done by one long-lived loop instance
 * ({@code bpmn/cycle-opening.bpmn}) whose timer waits for the next month's opening time: no instance is started on
 * the days nothing opens, and the monthly cycle's instance is started with its period as business key.
 */
@Service
class CycleOpenings {

    private static final Logger log = LoggerFactory.getLogger(CycleOpenings.class);

    private final Cycles cycles;
    private final CycleSchedule schedule;
    private final CycleOpeningWorkflow workflow;
    private final CycleSettings settings;
    private final Clock clock;

    CycleOpenings(
            Cycles cycles, CycleSchedule schedule, CycleOpeningWorkflow workflow, CycleSettings settings, Clock clock) {
        this.cycles = cycles;
        this.schedule = schedule;
        this.workflow = workflow;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The month the loop waits for: from last month on, the first not yet opened whose opening day is today or
     * later. So a node that comes up on an opening day after the opening time opens that month at once, as the
     * daily check did, and a month the office opened early is passed over.
     */
    YearMonth next() {
        LocalDate today = LocalDate.now(clock.withZone(CycleSchedule.ZONE));
        YearMonth period = YearMonth.from(today).minusMonths(1);
        while (schedule.openingDay(period).isBefore(today) || cycles.exists(ReportingPeriod.of(period))) {
            period = period.plusMonths(1);
        }
        return period;
    }

    /**
     * Opens the month's cycle on schedule; a month the office opened meanwhile is left as it is. An opening missed
     * until after the month's reports were due (every node down) opens nothing: its reminders would all fire at once.
     */
    @Transactional
    void openOnSchedule(YearMonth period) {
        ReportingPeriod key = ReportingPeriod.of(period);
        if (cycles.exists(key)) {
            log.info(
                    "Cycle {} was opened by {} before its opening time: nothing to open",
                    key,
                    cycles.find(key).orElseThrow().openedBy());
            return;
        }
        Instant due = schedule.submissionDue(period);
        if (!clock.instant().isBefore(due)) {
            log.warn(
                    "Cycle {} not opened: its opening at {} was missed until after its reports were due ({}); "
                            + "the office may open it by hand",
                    key,
                    schedule.openingAt(period),
                    due);
            return;
        }
        cycles.insert(key, CycleOpeningProcess.OPENED_BY, clock.instant(), due);
        workflow.openedOnSchedule(key, Date.from(due));
        log.info("Cycle {} opened on schedule", key);
    }

    /** Starts the loop if none runs (or ends it when automatic opening is off); one node at a time. */
    @Transactional
    void ensureLoop() {
        cycles.lockOpeningLoop();
        if (!settings.automaticOpening()) {
            if (workflow.openingLoopEnded()) {
                log.info("Automatic opening is off: the opening loop ended; the office opens each month");
            }
            return;
        }
        if (workflow.openingLoopStarted()) {
            log.info(
                    "Opening loop started: next opening {}",
                    workflow.pendingOpening().map(ReportingPeriod::toString).orElse("none"));
        }
    }

    /** The calendar changed: the pending opening moves to its month's new opening time. */
    @Transactional
    void reschedule() {
        workflow.pendingOpening().ifPresent(period -> {
            Instant at = schedule.openingAt(period.month());
            workflow.openingMoved(Date.from(at));
            log.info("Calendar changed: cycle {} opens at {}", period, at);
        });
    }
}
