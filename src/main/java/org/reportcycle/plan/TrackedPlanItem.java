package org.reportcycle.plan;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.reportcycle.notification.NoticeKey;
import org.reportcycle.system.ReportingPeriod;

/**
 * An approved plan item as it is tracked: the deadline the bulletin printed ({@code originalDeadline}), the
 * current one (moved by approved extensions), whether it is still open, and when its next reminder is written.
 */
public record TrackedPlanItem(
        long id,
        String planPeriod,
        String title,
        String responsibleLeader,
        List<String> departments,
        Deadline originalDeadline,
        Deadline deadline,
        Status status,
        Instant nextReminderAt,
        PlanReminderKind nextReminderKind) {

    public enum Status {
        OPEN,
        DONE,
        CLOSED
    }

    public TrackedPlanItem {
        departments = List.copyOf(departments);
    }

    public YearMonth planMonth() {
        return ReportingPeriod.parse(planPeriod).month();
    }

    /** The current deadline as printed for this item's plan month (with its year in another year). */
    public String deadlineText() {
        return deadline.text(planMonth());
    }

    public NoticeKey subjectRef() {
        return NoticeKey.planItem(id);
    }
}
