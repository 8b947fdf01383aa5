package org.reportcycle.submission;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.reportcycle.plan.PlanItems;
import org.reportcycle.plan.PlanStatus;
import org.reportcycle.plan.PlanTracking;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.ReportingPeriod;
import org.reportcycle.system.Role;
import org.reportcycle.system.Validation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The office's side: accept a submitted report, return it with a comment, close collection, see progress. */
@Service
public class SubmissionReview {

    private final Submissions submissions;
    private final SubmissionService service;
    private final SubmissionWorkflow workflow;
    private final SubmissionNotices notices;
    private final PlanItems plans;
    private final PlanTracking tracking;
    private final ReportHistory history;
    private final Clock clock;

    SubmissionReview(
            Submissions submissions,
            SubmissionService service,
            SubmissionWorkflow workflow,
            SubmissionNotices notices,
            PlanItems plans,
            PlanTracking tracking,
            ReportHistory history,
            Clock clock) {
        this.history = history;
        this.submissions = submissions;
        this.service = service;
        this.workflow = workflow;
        this.notices = notices;
        this.plans = plans;
        this.tracking = tracking;
        this.clock = clock;
    }

    /** Accepts the report; the plan items it states DONE are done from now on, and their tracking ends. */
    @Transactional
    public Submission accept(CurrentUser user, ReportingPeriod period, String department, int version) {
        Submission s = submitted(user, period, department, version);
        move(s, SubmissionStatus.ACCEPTED, user, null);
        history.ended(s, ReportRound.Outcome.ACCEPTED, user.username(), clock.instant(), null);
        workflow.reportReviewed(period, department);
        tracking.reportedDone(plans.statuses(s.id()).values().stream()
                .filter(p -> p.progress() == PlanStatus.Progress.DONE)
                .map(PlanStatus::planItemId)
                .toList());
        return service.find(period, department);
    }

    /** The report the office would accept, refused as accepting it would be (not submitted, stale version). */
    @Transactional(readOnly = true)
    public Submission acceptable(CurrentUser user, ReportingPeriod period, String department, int version) {
        return submitted(user, period, department, version);
    }

    @Transactional
    public Submission returnToDepartment(
            CurrentUser user, ReportingPeriod period, String department, int version, String comment) {
        Submission s = submitted(user, period, department, version);
        new Validation().text(comment, "comment", 2000).throwIfInvalid();
        move(s, SubmissionStatus.RETURNED, user, comment.strip());
        history.ended(s, ReportRound.Outcome.RETURNED, user.username(), clock.instant(), comment.strip());
        workflow.reportReviewed(period, department);
        Submission returned = service.find(period, department);
        if (!workflow.backfilled(period)) {
            notices.returned(returned, comment.strip());
        }
        return returned;
    }

    /**
     * Marks every report not yet submitted as missing (未报送). Refused while a report awaits review, so that
     * no submitted work is silently dropped. Returns the missing departments.
     */
    @Transactional
    public List<String> closeCollection(ReportingPeriod period) {
        List<Submission> all = progress(period);
        if (all.stream().anyMatch(s -> s.status() == SubmissionStatus.SUBMITTED)) {
            throw new ConflictException("error.collection.awaitingReview");
        }
        submissions.markMissing(period);
        // A report submitted while we marked the rest is caught here (its row lock made us wait for it).
        if (progress(period).stream().anyMatch(s -> s.status() == SubmissionStatus.SUBMITTED)) {
            throw new ConflictException("error.collection.awaitingReview");
        }
        return all.stream()
                .filter(s -> s.status().editable())
                .map(Submission::departmentCode)
                .toList();
    }

    /** One department's report status, read by its key: asked after every accept, so never the whole period. */
    public Optional<SubmissionStatus> status(ReportingPeriod period, String department) {
        return submissions.find(period, department).map(Submission::status);
    }

    public List<Submission> progress(ReportingPeriod period) {
        return submissions.ofPeriod(period);
    }

    private Submission submitted(CurrentUser user, ReportingPeriod period, String department, int version) {
        user.requireRole(Role.OFFICE);
        Submission s = service.find(period, department);
        if (s.status() != SubmissionStatus.SUBMITTED) {
            throw new ConflictException(
                    "error.submission.notSubmitted", s.status().name());
        }
        if (s.version() != version) {
            throw new ConflictException("error.submission.stale");
        }
        return s;
    }

    private void move(Submission s, SubmissionStatus to, CurrentUser user, String comment) {
        if (!submissions.move(
                s.id(),
                s.version(),
                to,
                "reviewed_at = ?, reviewed_by = ?, office_comment = ?",
                Timestamp.from(clock.instant()),
                user.username(),
                comment)) {
            throw new ConflictException("error.submission.stale");
        }
    }
}
