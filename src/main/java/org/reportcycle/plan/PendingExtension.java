package org.reportcycle.plan;

import java.time.Instant;

/**
 * An extension request waiting for the signed-in leader's decision, as a task: the item's plan month and title,
 * the asking department, and when the decision is due.
 */
public record PendingExtension(
        long id, String planPeriod, String title, String departmentCode, Instant requestedAt, Instant due) {

    /** The page made for this decision. */
    public String link() {
        return "/plans/extensions/" + id;
    }
}
