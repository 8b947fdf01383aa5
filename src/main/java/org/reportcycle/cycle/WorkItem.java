package org.reportcycle.cycle;

import java.time.Instant;

/**
 * One open task of the signed-in user, with where to do it; {@code colour} is a report's reminder ladder colour
 * (BLUE, YELLOW, RED) by now, null before the ladder starts and for other tasks.
 */
public record WorkItem(
        String taskId,
        String kind,
        String period,
        String departmentCode,
        String departmentName,
        Instant due,
        boolean overdue,
        String link,
        String colour) {}
