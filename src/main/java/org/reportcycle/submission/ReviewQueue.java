package org.reportcycle.submission;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.system.ReportingPeriod;
import org.springframework.stereotype.Component;

/** After a decision the office goes on to the next report waiting for review, in the departments' order. */
@Component
class ReviewQueue {

    private final Submissions submissions;
    private final OrganizationDirectory directory;

    ReviewQueue(Submissions submissions, OrganizationDirectory directory) {
        this.submissions = submissions;
        this.directory = directory;
    }

    /** The next department after {@code decided} whose report waits for review, coming round to the first. */
    Optional<String> next(ReportingPeriod period, String decided) {
        Comparator<String> order = directory.departmentOrder();
        List<String> waiting = submissions.ofPeriod(period).stream()
                .filter(s -> s.status() == SubmissionStatus.SUBMITTED
                        && !s.departmentCode().equals(decided))
                .map(Submission::departmentCode)
                .sorted(order)
                .toList();
        return waiting.stream()
                .filter(d -> order.compare(d, decided) > 0)
                .findFirst()
                .or(() -> waiting.stream().findFirst());
    }
}
