package org.reportcycle.plan;

import java.util.List;

/** A stored plan item of a plan month ({@code planPeriod}); approved once its bulletin is published. */
public record PlanItem(long id, long submissionId, String planPeriod, int position, String title,
        String responsibleLeader, List<String> departments, Deadline deadline, boolean approved) {
}
