package org.reportcycle.cycle;

import static org.reportcycle.cycle.MonthlyCycleProcess.GROUP_DEPARTMENT_PREFIX;
import static org.reportcycle.cycle.MonthlyCycleProcess.GROUP_OFFICE;
import static org.reportcycle.cycle.MonthlyCycleProcess.GROUP_SIGNER;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.reportcycle.cycle.CycleTasks.OpenTask;
import org.reportcycle.organization.Department;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.plan.ExtensionDecisions;
import org.reportcycle.plan.PendingExtension;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.ReportingPeriod;
import org.reportcycle.system.Role;
import org.springframework.stereotype.Service;

/**
 * The signed-in user's open tasks ("my tasks"): the engine's tasks of the groups their roles put them in, and a
 * leader's extension requests waiting for a decision.
 */
@Service
public class WorkItems {

    /** The kind of an extension request waiting for its responsible leader (not an engine task). */
    static final String TASK_DECIDE_EXTENSION = "Task_DecideExtension";

    /**
     * The pages of tasks on the models from before user tasks carried form keys (instances started before the
     * upgrade); every other task of theirs is a sign-off.
     */
    private static final Map<String, String> LEGACY_FORMS = Map.of(
            MonthlyCycleProcess.TASK_SUBMIT_REPORT, "/reports/{key}/{departmentCode}",
            MonthlyCycleProcess.TASK_REVIEW_SUBMISSION, "/reports/{key}/{departmentCode}",
            MonthlyCycleProcess.TASK_COMPILE_BULLETIN, "/bulletins/{key}/compile");

    private static final String LEGACY_SIGN_OFF_FORM = "/bulletins/{key}/sign-off";

    private final CycleTasks openTasks;
    private final OrganizationDirectory directory;
    private final CycleReminders reminders;
    private final ExtensionDecisions extensions;
    private final Clock clock;
    private final Cycles cycles;

    WorkItems(
            CycleTasks openTasks,
            OrganizationDirectory directory,
            CycleReminders reminders,
            ExtensionDecisions extensions,
            Clock clock,
            Cycles cycles) {
        this.cycles = cycles;
        this.extensions = extensions;
        this.reminders = reminders;
        this.openTasks = openTasks;
        this.directory = directory;
        this.clock = clock;
    }

    public List<WorkItem> of(CurrentUser user) {
        Map<String, String> names =
                directory.departments().stream().collect(Collectors.toMap(Department::code, Department::name));
        Instant now = clock.instant();
        List<WorkItem> items = new ArrayList<>(engineTasks(user, names, now));
        extensions.pendingFor(user).forEach(e -> items.add(decision(e, names, now)));
        // Departments in their order on the cycle page, so the list agrees with "next report to review".
        items.sort(Comparator.comparing(WorkItem::period)
                .thenComparing(WorkItem::departmentCode, directory.departmentOrder()));
        return List.copyOf(items);
    }

    /** An extension request as the leader's task, due when {@link ExtensionDecisions} says. */
    private static WorkItem decision(PendingExtension e, Map<String, String> names, Instant now) {
        return new WorkItem(
                "extension-" + e.id(),
                TASK_DECIDE_EXTENSION,
                e.planPeriod(),
                e.departmentCode(),
                names.getOrDefault(e.departmentCode(), e.departmentCode()),
                e.due(),
                now.isAfter(e.due()),
                e.link(),
                null);
    }

    private List<WorkItem> engineTasks(CurrentUser user, Map<String, String> names, Instant now) {
        List<String> groups = groups(user);
        if (groups.isEmpty()) {
            return List.of();
        }
        List<OpenTask> open = openTasks.openFor(groups);
        // A back-filled month is entered after the fact: its tasks are not late.
        Set<String> backfills = open.stream()
                .map(OpenTask::businessKey)
                .distinct()
                .filter(cycles::backfill)
                .collect(Collectors.toSet());
        return open.stream()
                .map(t -> item(t, names, backfills.contains(t.businessKey()) ? null : now, colour(t, now)))
                .toList();
    }

    private String colour(OpenTask t, Instant now) {
        if (!MonthlyCycleProcess.TASK_SUBMIT_REPORT.equals(t.definitionKey()) || t.businessKey() == null) {
            return null;
        }
        return reminders
                .colour(ReportingPeriod.parse(t.businessKey()), now)
                .map(Enum::name)
                .orElse(null);
    }

    /** The task as its list shows it; {@code now} null when nothing of it can be late. */
    private static WorkItem item(OpenTask t, Map<String, String> names, Instant now, String colour) {
        String department = t.departmentCode();
        return new WorkItem(
                t.id(),
                t.definitionKey(),
                t.businessKey(),
                department,
                department == null ? null : names.getOrDefault(department, department),
                t.due(),
                t.due() != null && now != null && now.isAfter(t.due()),
                link(t),
                colour);
    }

    /** The task's page: its form key, {@code {key}} the business key, {@code {departmentCode}} its department. */
    private static String link(OpenTask t) {
        String form =
                t.formKey() != null ? t.formKey() : LEGACY_FORMS.getOrDefault(t.definitionKey(), LEGACY_SIGN_OFF_FORM);
        return form.replace("{key}", String.valueOf(t.businessKey()))
                .replace("{departmentCode}", String.valueOf(t.departmentCode()));
    }

    private List<String> groups(CurrentUser user) {
        List<String> groups = new ArrayList<>();
        if (user.has(Role.DEPARTMENT_HEAD) && user.departmentCode() != null) {
            groups.add(GROUP_DEPARTMENT_PREFIX + user.departmentCode());
        }
        if (user.isOffice()) {
            groups.add(GROUP_OFFICE);
        }
        if (user.has(Role.LEADER)
                && user.username().equals(directory.organization().signer())) {
            groups.add(GROUP_SIGNER);
        }
        return groups;
    }
}
