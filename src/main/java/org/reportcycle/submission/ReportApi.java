package org.reportcycle.submission;

import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.Retrying;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A department's report on the API: read, save as draft, submit; the office accepts or returns it. */
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
    Report read(@AuthenticationPrincipal CurrentUser user, @PathVariable String period,
            @PathVariable String department) {
        return service.report(user, period, department);
    }

    @PutMapping
    Report save(@AuthenticationPrincipal CurrentUser user, @PathVariable String period,
            @PathVariable String department, @RequestBody ReportDraft draft) {
        retrying.run(() -> service.saveDraft(user, period, department, draft));
        return service.report(user, period, department);
    }

    @PostMapping("/submit")
    Report submit(@AuthenticationPrincipal CurrentUser user, @PathVariable String period,
            @PathVariable String department, @RequestBody ReportDraft draft) {
        retrying.run(() -> service.submit(user, period, department, draft));
        return service.report(user, period, department);
    }

    @PostMapping("/accept")
    Submission accept(@AuthenticationPrincipal CurrentUser user, @PathVariable String period,
            @PathVariable String department, @RequestBody Review request) {
        return retrying.run(() -> review.accept(user, period, department, request.version()));
    }

    @PostMapping("/return")
    Submission returnToDepartment(@AuthenticationPrincipal CurrentUser user, @PathVariable String period,
            @PathVariable String department, @RequestBody Review request) {
        return retrying.run(() -> review.returnToDepartment(user, period, department, request.version(),
            request.comment()));
    }

    /** The version the reviewer saw, and the comment when returning. */
    record Review(int version, String comment) {
    }
}
