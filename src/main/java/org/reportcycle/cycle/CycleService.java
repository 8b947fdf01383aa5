package org.reportcycle.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;

import org.reportcycle.submission.SubmissionReview;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.InvalidInputException;
import org.reportcycle.system.NotFoundException;
import org.reportcycle.system.Periods;
import org.reportcycle.system.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The office opens a period's cycle by hand and closes collection; one cycle per period. */
@Service
public class CycleService {

    private final Cycles cycles;
    private final CycleSchedule schedule;
    private final SubmissionReview review;
    private final CycleWorkflow workflow;
    private final Clock clock;

    CycleService(Cycles cycles, CycleSchedule schedule, SubmissionReview review, CycleWorkflow workflow,
            Clock clock) {
        this.cycles = cycles;
        this.schedule = schedule;
        this.review = review;
        this.workflow = workflow;
        this.clock = clock;
    }

    @Transactional
    public ReportingCycle open(CurrentUser user, String period) {
        user.requireRole(Role.OFFICE);
        YearMonth month = Periods.parse(period);
        if (month.isAfter(YearMonth.now(clock).plusMonths(1)) || month.getYear() < 2000) {
            throw new InvalidInputException("period", "error.period.outOfRange", Periods.label(period));
        }
        if (cycles.exists(period)) {
            throw new ConflictException("error.cycle.exists", Periods.label(period));
        }
        Instant due = schedule.submissionDue(month);
        try {
            cycles.insert(period, user.username(), clock.instant(), due);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("error.cycle.exists", Periods.label(period));
        }
        workflow.opened(period, user.username(), Date.from(due));
        return find(period);
    }

    /** Ends collection: reports not submitted are marked missing (未报送) and compiling begins. */
    @Transactional
    public List<String> closeCollection(CurrentUser user, String period) {
        user.requireRole(Role.OFFICE);
        Periods.parse(period);
        // The row lock makes a second closing wait for the first and then see it closed.
        ReportingCycle cycle = cycles.lock(period)
            .orElseThrow(() -> new NotFoundException("error.cycle.unknown", Periods.label(period)));
        if (cycle.status() != ReportingCycle.Status.COLLECTING) {
            throw new ConflictException("error.cycle.notCollecting", Periods.label(period));
        }
        List<String> missing = review.closeCollection(period);
        workflow.collectionClosed(period);
        return missing;
    }

    public ReportingCycle find(String period) {
        Periods.parse(period);
        return cycles.find(period).orElseThrow(() -> new NotFoundException("error.cycle.unknown", Periods.label(period)));
    }

    public List<ReportingCycle> all() {
        return cycles.all();
    }
}
