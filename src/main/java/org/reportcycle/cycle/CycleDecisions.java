package org.reportcycle.cycle;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.reportcycle.bulletin.BulletinCompiler;
import org.reportcycle.bulletin.BulletinStatus;
import org.reportcycle.organization.Department;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.submission.Submission;
import org.reportcycle.submission.SubmissionReview;
import org.reportcycle.submission.SubmissionStatus;
import org.reportcycle.system.ReportingPeriod;
import org.springframework.stereotype.Component;

/**
 * Read by the process model's expressions, which name the period by its process variable (text): the departments
 * of a period and the decisions the office and the signer took. The application's tables are the one record of
 * those decisions; the process only asks.
 */
@Component("cycleDecisions")
public class CycleDecisions {

    private final SubmissionReview review;
    private final BulletinCompiler compiler;
    private final OrganizationDirectory directory;

    CycleDecisions(SubmissionReview review, BulletinCompiler compiler, OrganizationDirectory directory) {
        this.review = review;
        this.compiler = compiler;
        this.directory = directory;
    }

    /** The departments with a report in this period, in department order. */
    public List<String> departments(String period) {
        Set<String> withReport = review.progress(ReportingPeriod.parse(period)).stream()
                .map(Submission::departmentCode)
                .collect(Collectors.toSet());
        return directory.departments().stream()
                .map(Department::code)
                .filter(withReport::contains)
                .toList();
    }

    public boolean reportAccepted(String period, String departmentCode) {
        return review.status(ReportingPeriod.parse(period), departmentCode)
                .filter(SubmissionStatus.ACCEPTED::equals)
                .isPresent();
    }

    /**
     * The sign-off gateway of the models before the bulletin's issue process (monthly and special issue), kept so
     * that their running instances finish; the issue process asks {@code issueDecisions}.
     */
    public boolean bulletinApproved(String period) {
        return compiler.status(period) == BulletinStatus.APPROVED;
    }
}
