package org.reportcycle.submission;

import java.util.List;
import org.reportcycle.plan.PlanEntry;
import org.reportcycle.plan.PlanStatus;

/** What a department head sends when saving or submitting; {@code version} is the one the form was built on. */
public record ReportDraft(
        int version, List<CompletionEntry> completions, List<PlanStatus> planStatuses, List<PlanEntry> plans) {

    public ReportDraft {
        completions = present(completions);
        planStatuses = present(planStatuses);
        plans = present(plans);
    }

    /** A missing list is empty, and null entries (as JSON can send) are dropped. */
    private static <T> List<T> present(List<T> list) {
        return list == null
                ? List.of()
                : list.stream().filter(java.util.Objects::nonNull).toList();
    }
}
