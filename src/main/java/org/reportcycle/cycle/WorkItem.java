package org.reportcycle.cycle;

import java.time.Instant;

/** One open task of the signed-in user, with where to do it. */
public record WorkItem(String taskId, String kind, String period, String departmentCode, String departmentName,
        Instant due, boolean overdue, String link) {
}
