package org.reportcycle.submission;

import java.util.List;
import org.reportcycle.plan.PlanItem;
import org.reportcycle.plan.PlanStatus;

/** A report as read back: the submission, its department, what was done, due items with status, next plans. */
public record Report(
        Submission submission,
        String departmentName,
        List<CompletionEntry> completions,
        List<DueItem> dueItems,
        List<PlanItem> plans) {

    /** An approved plan item due in the reported month, with what the department said of it (or null). */
    public record DueItem(PlanItem item, PlanStatus status) {}
}
