package org.reportcycle.monitoring;

import java.util.List;

import org.reportcycle.submission.SubmissionUrging;
import org.reportcycle.system.CurrentUser;
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
    SubmissionUrging.Result urge(@AuthenticationPrincipal CurrentUser user, @PathVariable String period,
            @RequestBody(required = false) UrgeRequest request) {
        UrgeRequest r = request == null ? new UrgeRequest(null, null) : request;
        return retrying.run(() -> urging.urge(user, period, r.departments(), r.message()));
    }

    record UrgeRequest(List<String> departments, String message) {
    }

    @GetMapping("/api/cycles/{period}")
    CycleProgress progress(@AuthenticationPrincipal CurrentUser user, @PathVariable String period) {
        return progress.progress(user, period);
    }
}
