package org.reportcycle.submission;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.reportcycle.notification.NoticeKey;
import org.reportcycle.notification.Reminders;
import org.reportcycle.organization.Department;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.plan.PlanItem;
import org.reportcycle.plan.PlanItems;
import org.reportcycle.plan.PlanStatus;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.ForbiddenException;
import org.reportcycle.system.NotFoundException;
import org.reportcycle.system.ReportingPeriod;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A department head's side of the report: read, save as draft, submit. */
@Service
public class SubmissionService {

    private final Submissions submissions;
    private final PlanItems plans;
    private final OrganizationDirectory directory;
    private final ReportValidator validator;
    private final SubmissionWorkflow workflow;
    private final SubmissionNotices notices;
    private final Reminders reminders;
    private final ReportHistory history;
    private final Clock clock;

    SubmissionService(
            Submissions submissions,
            PlanItems plans,
            OrganizationDirectory directory,
            ReportValidator validator,
            SubmissionWorkflow workflow,
            SubmissionNotices notices,
            Reminders reminders,
            ReportHistory history,
            Clock clock) {
        this.history = history;
        this.submissions = submissions;
        this.plans = plans;
        this.directory = directory;
        this.validator = validator;
        this.workflow = workflow;
        this.notices = notices;
        this.reminders = reminders;
        this.clock = clock;
    }

    /** Creates an empty report for each participating department and tells its heads; returns their codes. */
    @Transactional
    public List<String> prepare(ReportingPeriod period, Instant dueAt) {
        List<Department> departments = directory.participatingDepartments();
        departments.forEach(d -> submissions.create(period, d.code(), dueAt));
        if (!workflow.backfilled(period)) {
            departments.forEach(d -> notices.cycleOpened(period, d, dueAt));
        }
        return departments.stream().map(Department::code).toList();
    }

    /** The period's reports are due at a new time (the calendar changed while the cycle collects). */
    @Transactional
    public void moveDue(ReportingPeriod period, Instant dueAt) {
        submissions.moveDue(period, dueAt);
    }

    @Transactional(readOnly = true)
    public Report report(CurrentUser user, ReportingPeriod period, String department) {
        return reportOf(readable(user, period, department));
    }

    private Report reportOf(Submission s) {
        String department = s.departmentCode();
        Map<Long, PlanStatus> statuses = plans.statuses(s.id());
        List<Report.DueItem> due = dueItems(s).stream()
                .map(item -> new Report.DueItem(item, statuses.get(item.id())))
                .toList();
        return new Report(
                s,
                directory.department(department).map(Department::name).orElse(department),
                submissions.completions(s.id()),
                due,
                plans.proposedBy(s.id()));
    }

    @Transactional
    public Submission saveDraft(CurrentUser user, ReportingPeriod period, String department, ReportDraft draft) {
        Submission s = editable(user, period, department, draft);
        validate(s, draft, false);
        SubmissionStatus next =
                s.status() == SubmissionStatus.RETURNED ? SubmissionStatus.RETURNED : SubmissionStatus.DRAFT;
        moveOrConflict(s, next, "saved_at = ?", now());
        store(s, draft);
        return find(period, department);
    }

    @Transactional
    public Submission submit(CurrentUser user, ReportingPeriod period, String department, ReportDraft draft) {
        Submission s = editable(user, period, department, draft);
        validate(s, draft, true);
        moveOrConflict(
                s,
                SubmissionStatus.SUBMITTED,
                "saved_at = ?, submitted_at = ?, submitted_by = ?",
                now(),
                now(),
                user.username());
        store(s, draft);
        history.submitted(reportOf(s), user.username(), clock.instant());
        reminders.cancel(NoticeKey.submission(period.toString(), department));
        workflow.reportSubmitted(period, department);
        return find(period, department);
    }

    /**
     * 撤回: the head takes the submitted report back before the office reviewed it. It is a draft again, the
     * office's review task ends, and the report waits to be submitted once more. Refused (409) once reviewed.
     */
    @Transactional
    public Submission withdraw(CurrentUser user, ReportingPeriod period, String department, int version) {
        Submission s = readable(user, period, department);
        if (!user.headOf(department)) {
            throw new ForbiddenException("error.forbidden.department", department);
        }
        if (s.status() != SubmissionStatus.SUBMITTED) {
            throw new ConflictException("error.submission.notWithdrawable");
        }
        if (s.version() != version) {
            throw new ConflictException("error.submission.stale");
        }
        moveOrConflict(s, SubmissionStatus.DRAFT, "saved_at = ?, submitted_at = NULL, submitted_by = NULL", now());
        history.ended(s, ReportRound.Outcome.WITHDRAWN, user.username(), clock.instant(), null);
        workflow.reportWithdrawn(period, department);
        return find(period, department);
    }

    private Submission editable(CurrentUser user, ReportingPeriod period, String department, ReportDraft draft) {
        Submission s = readable(user, period, department);
        if (!user.headOf(department)) {
            throw new ForbiddenException("error.forbidden.department", department);
        }
        if (!s.status().editable()) {
            throw new ConflictException(
                    "error.submission.notEditable", s.status().name());
        }
        if (draft.version() != s.version()) {
            throw new ConflictException("error.submission.stale");
        }
        return s;
    }

    private void validate(Submission s, ReportDraft draft, boolean submitting) {
        YearMonth month = s.period().month();
        Set<Long> due = dueItems(s).stream().map(PlanItem::id).collect(Collectors.toSet());
        validator.check(draft, s.departmentCode(), month.plusMonths(1), LocalDate.now(clock), due, submitting);
    }

    /** Runs after the version check moved the row on, so a concurrent second action writes nothing. */
    private void store(Submission s, ReportDraft draft) {
        YearMonth month = s.period().month();
        submissions.replaceCompletions(s.id(), draft.completions());
        plans.replaceStatuses(s.id(), draft.planStatuses());
        plans.replaceProposed(s.id(), month.plusMonths(1), draft.plans());
    }

    private List<PlanItem> dueItems(Submission s) {
        return plans.approvedFor(s.period().month(), s.departmentCode());
    }

    /** Every round of the report the user may read, with each resubmission's changes. */
    @Transactional(readOnly = true)
    List<ReportHistory.RoundView> rounds(CurrentUser user, ReportingPeriod period, String department) {
        return history.of(readable(user, period, department));
    }

    /** The department's report of the period as it stands, for the reminders; empty if there is none. */
    public Optional<Submission> current(ReportingPeriod period, String department) {
        return submissions.find(period, department);
    }

    /**
     * The report if the user may read it. Another department's report is not found to a head, whether it exists
     * or not, so that a head learns nothing of other departments' reports.
     */
    private Submission readable(CurrentUser user, ReportingPeriod period, String department) {
        if (!user.canRead(department)) {
            throw new NotFoundException("error.submission.unknown", period.label(), department);
        }
        return find(period, department);
    }

    Submission find(ReportingPeriod period, String department) {
        return submissions
                .find(period, department)
                .orElseThrow(() -> new NotFoundException("error.submission.unknown", period.label(), department));
    }

    private void moveOrConflict(Submission s, SubmissionStatus to, String set, Object... values) {
        if (!submissions.move(s.id(), s.version(), to, set, values)) {
            throw new ConflictException("error.submission.stale");
        }
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
