package org.reportcycle.submission;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One round of a report: what was submitted, by whom and when, and how the round ended (null while the office
 * has not reviewed it): accepted, returned with the office's comment, or withdrawn by the head.
 */
public record ReportRound(
        long id,
        int round,
        OffsetDateTime submittedAt,
        String submittedBy,
        Outcome outcome,
        OffsetDateTime decidedAt,
        String decidedBy,
        String comment,
        List<RoundEntry> entries) {

    public enum Outcome {
        ACCEPTED,
        RETURNED,
        WITHDRAWN
    }

    public ReportRound {
        entries = List.copyOf(entries);
    }
}
