package org.reportcycle.monitoring;

import org.reportcycle.system.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A cycle's progress on the API. */
@RestController
class ProgressApi {

    private final ProgressService progress;

    ProgressApi(ProgressService progress) {
        this.progress = progress;
    }

    @GetMapping("/api/cycles/{period}")
    CycleProgress progress(@AuthenticationPrincipal CurrentUser user, @PathVariable String period) {
        return progress.progress(user, period);
    }
}
