package org.reportcycle.submission;

import java.time.OffsetDateTime;
import java.util.List;
import org.reportcycle.plan.PlanItem;
import org.reportcycle.plan.PlanStatus;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.ReportingPeriod;
import org.reportcycle.system.Retrying;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A department's report on the API: read, save as draft, submit, withdraw before review; the office accepts or
 * returns it.
 */
@RestController
@RequestMapping("/api/reports/{period}/{department}")
class ReportApi {

    private final SubmissionService service;
    private final SubmissionReview review;
    private final Retrying retrying;

    ReportApi(SubmissionService service, SubmissionReview review, Retrying retrying) {
        this.service = service;
        this.review = review;
        this.retrying = retrying;
    }

    @GetMapping
    ReportView read(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ReportingPeriod period,
            @PathVariable String department) {
        return ReportView.of(service.report(user, period, department));
    }

    @PutMapping
    ReportView save(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ReportingPeriod period,
            @PathVariable String department,
            @RequestBody ReportDraft draft) {
        retrying.run(() -> service.saveDraft(user, period, department, draft));
        return ReportView.of(service.report(user, period, department));
    }

    @PostMapping("/submit")
    ReportView submit(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ReportingPeriod period,
            @PathVariable String department,
            @RequestBody ReportDraft draft) {
        retrying.run(() -> service.submit(user, period, department, draft));
        return ReportView.of(service.report(user, period, department));
    }

    /** The head takes the submitted report back (a draft again) until the office has reviewed it. */
    @PostMapping("/withdraw")
    ReportView withdraw(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ReportingPeriod period,
            @PathVariable String department,
            @RequestBody Withdrawal request) {
        retrying.run(() -> service.withdraw(user, period, department, request.version()));
        return ReportView.of(service.report(user, period, department));
    }

    @PostMapping("/accept")
    SubmissionView accept(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ReportingPeriod period,
            @PathVariable String department,
            @RequestBody Review request) {
        return SubmissionView.of(retrying.run(() -> review.accept(user, period, department, request.version())));
    }

    @PostMapping("/return")
    SubmissionView returnToDepartment(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ReportingPeriod period,
            @PathVariable String department,
            @RequestBody Review request) {
        return SubmissionView.of(retrying.run(
                () -> review.returnToDepartment(user, period, department, request.version(), request.comment())));
    }

    /**
     * A report as its department's heads and those who oversee read it: where it stands, what was done, the
     * plan items due this month with what the department said of them, and the plans for next month.
     */
    record ReportView(
            SubmissionView submission,
            String departmentName,
            List<CompletionEntry> completions,
            List<DueItemView> dueItems,
            List<PlanView> plans) {

        static ReportView of(Report r) {
            return new ReportView(
                    SubmissionView.of(r.submission()),
                    r.departmentName(),
                    r.completions(),
                    r.dueItems().stream().map(DueItemView::of).toList(),
                    r.plans().stream().map(PlanView::of).toList());
        }
    }

    /** Where a report stands; {@code version} is what the next save or review must name. */
    record SubmissionView(
            String period,
            String departmentCode,
            SubmissionStatus status,
            int version,
            OffsetDateTime dueAt,
            OffsetDateTime savedAt,
            OffsetDateTime submittedAt,
            String submittedBy,
            OffsetDateTime reviewedAt,
            String reviewedBy,
            String officeComment) {

        static SubmissionView of(Submission s) {
            return new SubmissionView(
                    s.period().toString(),
                    s.departmentCode(),
                    s.status(),
                    s.version(),
                    s.dueAt(),
                    s.savedAt(),
                    s.submittedAt(),
                    s.submittedBy(),
                    s.reviewedAt(),
                    s.reviewedBy(),
                    s.officeComment());
        }
    }

    /** A plan item as the report shows it: {@code id} is what a plan status names; deadline 2026-12 or 2026-12-15. */
    record PlanView(
            long id,
            String title,
            String responsibleLeader,
            List<String> departments,
            String deadline,
            String deadlineText) {

        static PlanView of(PlanItem p) {
            return new PlanView(
                    p.id(),
                    p.title(),
                    p.responsibleLeader(),
                    p.departments(),
                    p.deadline() == null ? null : p.deadline().value(),
                    p.deadlineText());
        }
    }

    /** A plan item due this month and what the department said of it (null before it says anything). */
    record DueItemView(PlanView item, Progress status) {

        static DueItemView of(Report.DueItem d) {
            return new DueItemView(
                    PlanView.of(d.item()),
                    d.status() == null
                            ? null
                            : new Progress(d.status().progress(), d.status().reason()));
        }
    }

    /** How the department reports a due item: DONE, IN_PROGRESS or NOT_DONE, and why when not done. */
    record Progress(PlanStatus.Progress progress, String reason) {}

    /** The version the head saw. */
    record Withdrawal(int version) {}

    /** The version the reviewer saw, and the comment when returning. */
    record Review(int version, String comment) {}
}
