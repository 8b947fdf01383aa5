package org.reportcycle.submission;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.reportcycle.organization.Department;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.plan.Deadline;
import org.reportcycle.plan.PlanEntry;
import org.reportcycle.plan.PlanStatus;
import org.reportcycle.system.Validation;
import org.springframework.stereotype.Component;

/** Checks a report before anything of it is written; every problem names its field as the form does. */
@Component
class ReportValidator {

    static final int TITLE_MAX = 500;
    static final int BODY_MAX = 8000;
    static final int REASON_MAX = 2000;
    static final int ITEMS_MAX = 50;

    private final OrganizationDirectory directory;

    ReportValidator(OrganizationDirectory directory) {
        this.directory = directory;
    }

    /**
     * {@code dueIds} are the plan items due this month; a submission must say how each stands. Every plan item
     * of a department's report is also that department's own.
     */
    void check(
            ReportDraft draft,
            String department,
            YearMonth planMonth,
            LocalDate today,
            Set<Long> dueIds,
            boolean submitting) {
        Validation v = new Validation();
        v.require(draft.completions().size() <= ITEMS_MAX, "completions", "error.items.tooMany", ITEMS_MAX);
        v.require(draft.plans().size() <= ITEMS_MAX, "plans", "error.items.tooMany", ITEMS_MAX);
        v.require(!submitting || !draft.completions().isEmpty(), "completions", "error.completions.none");
        for (int i = 0; i < draft.completions().size(); i++) {
            CompletionEntry c = draft.completions().get(i);
            v.text(c.title(), "completions[" + i + "].title", TITLE_MAX);
            v.text(c.body(), "completions[" + i + "].body", BODY_MAX);
        }
        statuses(v, draft.planStatuses(), dueIds, submitting);
        // One read of the departments for the whole report, not one per department named.
        Map<String, String> names =
                directory.departments().stream().collect(Collectors.toMap(Department::code, Department::name));
        for (int i = 0; i < draft.plans().size(); i++) {
            plan(v, draft.plans().get(i), "plans[" + i + "]", planMonth, today);
            departments(v, draft.plans().get(i), "plans[" + i + "].departments", department, names);
        }
        v.throwIfInvalid();
    }

    private void statuses(Validation v, List<PlanStatus> statuses, Set<Long> dueIds, boolean submitting) {
        Set<Long> given = statuses.stream().map(PlanStatus::planItemId).collect(Collectors.toSet());
        v.require(dueIds.containsAll(given), "planStatuses", "error.planStatus.unknownItem");
        v.require(given.size() == statuses.size(), "planStatuses", "error.planStatus.duplicate");
        v.require(!submitting || given.containsAll(dueIds), "planStatuses", "error.planStatus.missing");
        for (int i = 0; i < statuses.size(); i++) {
            PlanStatus s = statuses.get(i);
            String field = "planStatuses[" + i + "]";
            v.require(s.progress() != null, field + ".progress", "error.field.required");
            v.optionalText(s.reason(), field + ".reason", REASON_MAX);
            v.require(
                    s.progress() != PlanStatus.Progress.NOT_DONE
                            || s.reason() != null && !s.reason().isBlank(),
                    field + ".reason",
                    "error.planStatus.reasonRequired");
        }
    }

    private void plan(Validation v, PlanEntry p, String field, YearMonth planMonth, LocalDate today) {
        v.text(p.title(), field + ".title", TITLE_MAX);
        v.require(
                p.responsibleLeader() != null
                        && directory.leader(p.responsibleLeader()).isPresent(),
                field + ".responsibleLeader",
                "error.plan.leaderUnknown",
                String.valueOf(p.responsibleLeader()));
        deadline(v, p, field + ".deadline", planMonth, today);
    }

    private static void deadline(Validation v, PlanEntry p, String field, YearMonth planMonth, LocalDate today) {
        try {
            Deadline d = Deadline.parse(p.deadline());
            v.require(d != null, field, "error.field.required");
            boolean notPast = d == null
                    || !d.falls().isBefore(planMonth)
                            && (d.date() == null || !d.date().isBefore(today));
            v.require(notPast, field, "error.plan.deadlinePast", planMonth.toString());
            YearMonth latest = Deadline.latest(today);
            v.require(
                    d == null || !d.falls().isAfter(latest),
                    field,
                    "error.plan.deadlineTooFar",
                    Deadline.HORIZON_MONTHS,
                    latest.toString());
        } catch (DateTimeParseException e) {
            v.require(false, field, "error.plan.deadlineFormat", p.deadline());
        }
    }

    /**
     * Known departments, each once, the report's own among them: a head plans for the own department, possibly
     * with others, never for other departments alone. (An unknown department is named on its own first.)
     */
    private static void departments(Validation v, PlanEntry p, String field, String own, Map<String, String> names) {
        v.require(!p.departments().isEmpty(), field, "error.field.required");
        v.require(
                p.departments().stream().distinct().count() == p.departments().size(),
                field,
                "error.plan.departmentTwice");
        List<String> unknown =
                p.departments().stream().filter(d -> !names.containsKey(d)).toList();
        unknown.forEach(d -> v.require(false, field, "error.department.unknown", d));
        v.require(
                !unknown.isEmpty()
                        || p.departments().isEmpty()
                        || p.departments().contains(own),
                field,
                "error.plan.ownDepartmentMissing",
                names.getOrDefault(own, own));
    }
}
