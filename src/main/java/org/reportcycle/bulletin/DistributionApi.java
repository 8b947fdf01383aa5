package org.reportcycle.bulletin;

import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.Retrying;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The office sends an issue's failed distribution emails again on the API. */
@RestController
class DistributionApi {

    private final BulletinDistributions distributions;
    private final Retrying retrying;

    DistributionApi(BulletinDistributions distributions, Retrying retrying) {
        this.distributions = distributions;
        this.retrying = retrying;
    }

    /** Every failed (refused or expired) email of the issue starts a new round of attempts; 409 if none failed. */
    @PostMapping("/api/bulletins/{period}/distribution/resend")
    BulletinDistributions.Resent resend(@AuthenticationPrincipal CurrentUser user, @PathVariable String period) {
        return retrying.run(() -> distributions.resendFailed(user, period));
    }
}
