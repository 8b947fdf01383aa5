package org.reportcycle.monitoring;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.reportcycle.cycle.ReportingCycle;
import org.reportcycle.submission.SubmissionStatus;
import org.reportcycle.submission.SubmissionUrging;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.ReportingPeriod;
import org.reportcycle.system.Retrying;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A cycle's progress on the API, and the office's manual reminder (催办). */
@RestController
class ProgressApi {

    private final ProgressService progress;
    private final SubmissionUrging urging;
    private final Retrying retrying;

    ProgressApi(ProgressService progress, SubmissionUrging urging, Retrying retrying) {
        this.progress = progress;
        this.urging = urging;
        this.retrying = retrying;
    }

    /** Reminds the named departments (or, without any, every pending one) now; 409 if one may not be reminded. */
    @PostMapping("/api/cycles/{period}/urge")
    Urged urge(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ReportingPeriod period,
            @RequestBody(required = false) UrgeRequest request) {
        UrgeRequest r = request == null ? new UrgeRequest(null, null) : request;
        SubmissionUrging.Result done = retrying.run(() -> urging.urge(user, period, r.departments(), r.message()));
        return new Urged(done.urged(), done.skipped());
    }

    record UrgeRequest(List<String> departments, String message) {}

    /** The departments reminded now, and those skipped as reminded within the hour. */
    record Urged(List<String> urged, List<String> skipped) {}

    /** A cycle's progress for those who oversee it: the cycle, each department's report, counts per status. */
    record ProgressView(CycleView cycle, List<DepartmentView> departments, Map<SubmissionStatus, Long> counts) {

        static ProgressView of(CycleProgress p) {
            ReportingCycle c = p.cycle();
            return new ProgressView(
                    new CycleView(
                            c.period().toString(),
                            c.status(),
                            c.openedBy(),
                            c.openedAt(),
                            c.submissionDueAt(),
                            c.collectionClosedAt(),
                            c.publishedAt(),
                            c.backfill()),
                    p.departments().stream().map(DepartmentView::of).toList(),
                    p.counts());
        }
    }

    /** One department's report in the cycle: state, times, the office's comment, overdue, ladder colour. */
    record DepartmentView(
            String departmentCode,
            String departmentName,
            SubmissionStatus status,
            OffsetDateTime savedAt,
            OffsetDateTime submittedAt,
            OffsetDateTime reviewedAt,
            String officeComment,
            boolean overdue,
            String colour) {

        static DepartmentView of(DepartmentProgress d) {
            return new DepartmentView(
                    d.departmentCode(),
                    d.departmentName(),
                    d.status(),
                    d.savedAt(),
                    d.submittedAt(),
                    d.reviewedAt(),
                    d.officeComment(),
                    d.overdue(),
                    d.colour());
        }
    }

    /** The cycle's state and times. */
    record CycleView(
            String period,
            ReportingCycle.Status status,
            String openedBy,
            OffsetDateTime openedAt,
            OffsetDateTime submissionDueAt,
            OffsetDateTime collectionClosedAt,
            OffsetDateTime publishedAt,
            boolean backfill) {}

    @GetMapping("/api/cycles/{period}")
    ProgressView progress(@AuthenticationPrincipal CurrentUser user, @PathVariable ReportingPeriod period) {
        return ProgressView.of(progress.progress(user, period));
    }
}
