package org.reportcycle.monitoring;

import java.util.List;
import org.reportcycle.bulletin.BulletinDistributions;
import org.reportcycle.calendar.WorkingDays;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.cycle.ReportingCycle;
import org.reportcycle.cycle.WorkItems;
import org.reportcycle.notification.Outbox;
import org.reportcycle.operations.Incidents;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 我的任务, everyone's home. The office and leaders first see the open months at a glance and, for the office,
 * emails and background jobs that failed and issues still being distributed; then what waits for them, with due times; a missing
 * calendar year is one line at the foot.
 */
@Controller
class TasksPage {

    /** The office rarely runs more than two months at once; older open ones are on 报送周期. */
    private static final int GLANCES = 2;

    private final WorkItems workItems;
    private final BulletinDistributions distributions;
    private final WorkingDays workingDays;
    private final CycleService cycles;
    private final ProgressService progress;
    private final Outbox outbox;
    private final Incidents incidents;

    TasksPage(
            WorkItems workItems,
            BulletinDistributions distributions,
            WorkingDays workingDays,
            CycleService cycles,
            ProgressService progress,
            Outbox outbox,
            Incidents incidents) {
        this.workItems = workItems;
        this.distributions = distributions;
        this.workingDays = workingDays;
        this.cycles = cycles;
        this.progress = progress;
        this.outbox = outbox;
        this.incidents = incidents;
    }

    @GetMapping("/tasks")
    String tasks(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("items", workItems.of(user));
        model.addAttribute("glances", user.oversees() ? glances(user) : List.of());
        model.addAttribute("unfinished", distributions.unfinished(user));
        model.addAttribute("failedEmails", user.isOffice() || user.has(Role.ADMIN) ? outbox.failedCount() : 0L);
        model.addAttribute("failedJobs", incidents.count(user));
        boolean concerned = user.isOffice() || user.has(Role.ADMIN);
        model.addAttribute("calendarMissing", concerned ? workingDays.missingYears() : List.of());
        return "tasks";
    }

    private List<MonthGlance> glances(CurrentUser user) {
        return cycles.all().stream()
                .filter(c -> c.status() != ReportingCycle.Status.PUBLISHED)
                .sorted((a, b) -> b.period().compareTo(a.period()))
                .limit(GLANCES)
                .map(c -> MonthGlance.of(progress.progress(user, c.period())))
                .toList();
    }
}
