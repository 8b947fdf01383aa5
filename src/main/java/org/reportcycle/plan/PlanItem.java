package org.reportcycle.plan;

import java.util.List;
import org.reportcycle.system.ReportingPeriod;

/** A stored plan item of a plan month ({@code planPeriod}); approved once its bulletin is published. */
public record PlanItem(
        long id,
        long submissionId,
        String planPeriod,
        int position,
        String title,
        String responsibleLeader,
        List<String> departments,
        Deadline deadline,
        boolean approved) {

    /** The deadline as the bulletin prints it, with its year when it falls after the plan month's year. */
    public String deadlineText() {
        return deadline == null
                ? null
                : deadline.text(ReportingPeriod.parse(planPeriod).month());
    }
}
