package org.reportcycle.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.reportcycle.organization.Department;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.submission.Submission;
import org.reportcycle.submission.SubmissionReview;
import org.reportcycle.submission.SubmissionStatus;
import org.reportcycle.submission.UnworkedReports;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.InvalidInputException;
import org.reportcycle.system.NotFoundException;
import org.reportcycle.system.ReportingPeriod;
import org.reportcycle.system.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The office opens a period's cycle by hand and closes collection; one cycle per period. */
@Service
public class CycleService {

    private static final Logger log = LoggerFactory.getLogger(CycleService.class);

    private final Cycles cycles;
    private final CycleSchedule schedule;
    private final SubmissionReview review;
    private final CycleWorkflow workflow;
    private final UnworkedReports unworked;
    private final OrganizationDirectory directory;
    private final Clock clock;

    CycleService(
            Cycles cycles,
            CycleSchedule schedule,
            SubmissionReview review,
            CycleWorkflow workflow,
            UnworkedReports unworked,
            OrganizationDirectory directory,
            Clock clock) {
        this.unworked = unworked;
        this.directory = directory;
        this.cycles = cycles;
        this.schedule = schedule;
        this.review = review;
        this.workflow = workflow;
        this.clock = clock;
    }

    @Transactional
    public ReportingCycle open(CurrentUser user, ReportingPeriod period) {
        return open(user, period, false);
    }

    /**
     * Opens the period's cycle. A month before last month is a back-fill (补录) and opens only when the office
     * says so, since opening it would otherwise tell every head at once about a month long gone.
     */
    @Transactional
    public ReportingCycle open(CurrentUser user, ReportingPeriod period, boolean backfill) {
        user.requireRole(Role.OFFICE);
        YearMonth month = period.month();
        if (month.isAfter(YearMonth.now(clock).plusMonths(1)) || month.getYear() < 2000) {
            throw new InvalidInputException("period", "error.period.outOfRange", period.label());
        }
        boolean past = schedule.isBackfill(month, YearMonth.now(clock.withZone(CycleSchedule.ZONE)));
        if (past != backfill) {
            throw past
                    ? new ConflictException("error.cycle.backfillRequired", period.label())
                    : new InvalidInputException("backfill", "error.cycle.backfillNotPast", period.label());
        }
        if (cycles.exists(period)) {
            throw new ConflictException("error.cycle.exists", period.label());
        }
        Instant due = schedule.submissionDue(month);
        try {
            cycles.insert(period, user.username(), clock.instant(), due, backfill);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("error.cycle.exists", period.label());
        }
        workflow.opened(period, user.username(), Date.from(due));
        return find(period);
    }

    /**
     * The names of the departments that closing collection now would mark missing (未报送), in display order;
     * refused as the closing itself would be.
     */
    @Transactional(readOnly = true)
    public List<String> wouldBeMissing(CurrentUser user, ReportingPeriod period) {
        user.requireRole(Role.OFFICE);
        if (find(period).status() != ReportingCycle.Status.COLLECTING) {
            throw new ConflictException("error.cycle.notCollecting", period.toString());
        }
        List<Submission> reports = review.progress(period);
        if (reports.stream().anyMatch(s -> s.status() == SubmissionStatus.SUBMITTED)) {
            throw new ConflictException("error.collection.awaitingReview");
        }
        Set<String> missing = reports.stream()
                .filter(s -> s.status().editable())
                .map(Submission::departmentCode)
                .collect(Collectors.toSet());
        return directory.departments().stream()
                .filter(d -> missing.contains(d.code()))
                .map(Department::name)
                .toList();
    }

    /** How many departments' reports the cycle has (what a cancellation removes). */
    public int reportCount(ReportingPeriod period) {
        return review.progress(period).size();
    }

    /** Ends collection: reports not submitted are marked missing (未报送) and compiling begins. */
    @Transactional
    public List<String> closeCollection(CurrentUser user, ReportingPeriod period) {
        user.requireRole(Role.OFFICE);
        // The row lock makes a second closing wait for the first and then see it closed.
        ReportingCycle cycle =
                cycles.lock(period).orElseThrow(() -> new NotFoundException("error.cycle.unknown", period.label()));
        if (cycle.status() != ReportingCycle.Status.COLLECTING) {
            throw new ConflictException("error.cycle.notCollecting", period.label());
        }
        List<String> missing = review.closeCollection(period);
        workflow.collectionClosed(period);
        return missing;
    }

    /**
     * Cancels a cycle nobody has worked on: its process instance ends, its reports, reminders and unsent opening
     * emails go, and its month may be opened again. Refused (409) once a department saved or submitted its report.
     */
    @Transactional
    public void cancel(CurrentUser user, ReportingPeriod period) {
        ReportingCycle cycle = cancellable(user, period);
        unworked.remove(period);
        workflow.cancelled(period, user.username());
        cycles.delete(period);
        log.info(
                "Cycle {} (opened by {} at {}) cancelled by {}",
                period,
                cycle.openedBy(),
                cycle.openedAt(),
                user.username());
    }

    /** The cycle, locked, if the user may cancel it now; the refusal otherwise. */
    @Transactional
    public ReportingCycle cancellable(CurrentUser user, ReportingPeriod period) {
        user.requireRole(Role.OFFICE);
        // A second cancellation that waited for the first finds the row gone: cancelled already, not unknown.
        ReportingCycle cycle = cycles.lock(period)
                .orElseThrow(() -> workflow.wasCancelled(period)
                        ? new ConflictException("error.cycle.cancelled", period.label())
                        : new NotFoundException("error.cycle.unknown", period.toString()));
        if (cycle.status() != ReportingCycle.Status.COLLECTING) {
            throw new ConflictException("error.cycle.cancel.notCollecting", period.label());
        }
        List<String> worked = unworked.workedOn(period);
        if (!worked.isEmpty()) {
            throw new ConflictException("error.cycle.cancel.worked", period.label(), String.join("、", worked));
        }
        return cycle;
    }

    public ReportingCycle find(ReportingPeriod period) {
        return cycles.find(period).orElseThrow(() -> new NotFoundException("error.cycle.unknown", period.label()));
    }

    public List<ReportingCycle> all() {
        return cycles.all();
    }
}
