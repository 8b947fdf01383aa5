package org.reportcycle.submission;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.reportcycle.organization.Department;
import org.reportcycle.organization.OrganizationDirectory;
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
    Optional<String> next(String period, String decided) {
        Map<String, Integer> order = directory.departments().stream()
            .collect(Collectors.toMap(Department::code, Department::displayOrder));
        List<String> waiting = submissions.ofPeriod(period).stream()
            .filter(s -> s.status() == SubmissionStatus.SUBMITTED && !s.departmentCode().equals(decided))
            .map(Submission::departmentCode)
            .sorted(Comparator.comparing((String d) -> order.getOrDefault(d, Integer.MAX_VALUE)).thenComparing(d -> d))
            .toList();
        int at = order.getOrDefault(decided, Integer.MAX_VALUE);
        return waiting.stream().filter(d -> order.getOrDefault(d, Integer.MAX_VALUE) > at).findFirst()
            .or(() -> waiting.stream().findFirst());
    }
}
