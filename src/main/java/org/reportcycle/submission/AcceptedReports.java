package org.reportcycle.submission;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.reportcycle.organization.Department;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.plan.PlanItems;
import org.springframework.stereotype.Service;

/** The accepted reports of a period in department order: the material of the bulletin. */
@Service
public class AcceptedReports {

    private final Submissions submissions;
    private final PlanItems plans;
    private final OrganizationDirectory directory;

    AcceptedReports(Submissions submissions, PlanItems plans, OrganizationDirectory directory) {
        this.submissions = submissions;
        this.plans = plans;
        this.directory = directory;
    }

    public List<AcceptedReport> of(String period) {
        Map<String, Integer> order = directory.departments().stream()
            .collect(Collectors.toMap(Department::code, Department::displayOrder));
        return submissions.ofPeriod(period).stream()
            .filter(s -> s.status() == SubmissionStatus.ACCEPTED)
            .sorted(Comparator.comparing((Submission s) -> order.getOrDefault(s.departmentCode(), Integer.MAX_VALUE))
                .thenComparing(Submission::departmentCode))
            .map(s -> new AcceptedReport(s.departmentCode(), submissions.completions(s.id()), plans.proposedBy(s.id())))
            .toList();
    }
}
