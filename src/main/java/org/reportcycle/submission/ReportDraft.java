package org.reportcycle.submission;

import java.util.List;

import org.reportcycle.plan.PlanEntry;
import org.reportcycle.plan.PlanStatus;

/** What a department head sends when saving or submitting; {@code version} is the one the form was built on. */
public record ReportDraft(int version, List<CompletionEntry> completions, List<PlanStatus> planStatuses,
        List<PlanEntry> plans) {

    public ReportDraft {
        completions = completions == null ? List.of() : List.copyOf(completions);
        planStatuses = planStatuses == null ? List.of() : List.copyOf(planStatuses);
        plans = plans == null ? List.of() : List.copyOf(plans);
    }
}
