package org.reportcycle.monitoring;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reportcycle.cycle.CycleReminders;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.cycle.ReportingCycle;
import org.reportcycle.organization.Department;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.submission.Submission;
import org.reportcycle.submission.SubmissionReview;
import org.reportcycle.submission.SubmissionUrging;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.ForbiddenException;
import org.reportcycle.system.ReportingPeriod;
import org.reportcycle.system.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the office's view of a cycle; the office, leaders and administrators may read it. */
@Service
public class ProgressService {

    private final CycleService cycles;
    private final SubmissionReview review;
    private final OrganizationDirectory directory;
    private final CycleReminders reminders;
    private final Clock clock;
    private final SubmissionUrging urging;

    ProgressService(
            CycleService cycles,
            SubmissionReview review,
            OrganizationDirectory directory,
            CycleReminders reminders,
            Clock clock,
            SubmissionUrging urging) {
        this.urging = urging;
        this.cycles = cycles;
        this.reminders = reminders;
        this.review = review;
        this.directory = directory;
        this.clock = clock;
    }

    /** The progress of a cycle named by its period as the cycle module writes it (2026-11). */
    @Transactional(readOnly = true)
    public CycleProgress progress(CurrentUser user, String period) {
        return progress(user, ReportingPeriod.parse(period));
    }

    @Transactional(readOnly = true)
    public CycleProgress progress(CurrentUser user, ReportingPeriod reportingPeriod) {
        if (!user.oversees()) {
            throw new ForbiddenException("error.forbidden.role", Role.OFFICE.label());
        }
        boolean collecting = cycles.find(reportingPeriod).status() == ReportingCycle.Status.COLLECTING;
        String colour = collecting
                ? reminders
                        .colour(reportingPeriod, clock.instant())
                        .map(Enum::name)
                        .orElse(null)
                : null;
        Set<String> urged = urging.urged(reportingPeriod);
        Map<String, Department> departments =
                directory.departments().stream().collect(Collectors.toMap(Department::code, Function.identity()));
        List<DepartmentProgress> rows = review.progress(reportingPeriod).stream()
                .sorted(Comparator.comparing(Submission::departmentCode, directory.departmentOrder()))
                .map(s -> row(
                        s,
                        departments.get(s.departmentCode()),
                        s.status().editable() ? colour : null,
                        urged.contains(s.departmentCode())))
                .toList();
        return CycleProgress.of(cycles, reportingPeriod, rows);
    }

    private DepartmentProgress row(Submission s, Department d, String colour, boolean urged) {
        return new DepartmentProgress(
                s.departmentCode(),
                d == null ? s.departmentCode() : d.name(),
                s.status(),
                s.savedAt(),
                s.submittedAt(),
                s.reviewedAt(),
                s.officeComment(),
                s.overdue(clock.instant()),
                colour,
                urged && s.status().editable());
    }
}
