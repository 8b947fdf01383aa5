package org.reportcycle.plan;

/** How a department reports an approved plan item due in the month it reports on. */
public record PlanStatus(long planItemId, Progress progress, String reason) {

    public enum Progress {
        DONE,
        IN_PROGRESS,
        NOT_DONE
    }
}
