package org.reportcycle.submission;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.plan.PlanItems;
import org.reportcycle.system.ReportingPeriod;
import org.springframework.stereotype.Service;

/** The accepted reports of a period in department order: the material of the bulletin and of period summaries. */
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

    public List<AcceptedReport> of(ReportingPeriod period) {
        return submissions.ofPeriod(period).stream()
                .filter(s -> s.status() == SubmissionStatus.ACCEPTED)
                .sorted(Comparator.comparing(Submission::departmentCode, directory.departmentOrder()))
                .map(s -> new AcceptedReport(
                        s.departmentCode(), submissions.completions(s.id()), plans.proposedBy(s.id())))
                .toList();
    }

    /**
     * Every completed item of the accepted reports of the months {@code from} to {@code to}: by department in
     * display order, within a department by month, within a month as the report listed them.
     */
    public List<CompletedWork> completedBetween(YearMonth from, YearMonth to) {
        // The sort is stable, so month and item order from the query survive within a department.
        return submissions.acceptedCompletions(from.toString(), to.toString()).stream()
                .sorted(Comparator.comparing(CompletedWork::departmentCode, directory.departmentOrder()))
                .toList();
    }
}
