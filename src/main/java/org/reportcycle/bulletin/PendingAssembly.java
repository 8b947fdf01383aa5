package org.reportcycle.bulletin;

import org.reportcycle.submission.SubmissionReview;
import org.reportcycle.submission.SubmissionStatus;
import org.reportcycle.system.ReportingPeriod;
import org.springframework.stereotype.Component;

/**
 * Whether a month's draft is being assembled: its reports are all in (accepted or missing) but the draft is not
 * there yet, as between the office's last accept and the background step that assembles it.
 */
@Component
class PendingAssembly {

    private final Bulletins bulletins;
    private final SubmissionReview review;

    PendingAssembly(Bulletins bulletins, SubmissionReview review) {
        this.bulletins = bulletins;
        this.review = review;
    }

    boolean pending(ReportingPeriod period) {
        if (bulletins.find(period.toString()).isPresent()) {
            return false;
        }
        var reports = review.progress(period);
        return !reports.isEmpty()
                && reports.stream()
                        .allMatch(
                                s -> s.status() == SubmissionStatus.ACCEPTED || s.status() == SubmissionStatus.MISSING);
    }
}
