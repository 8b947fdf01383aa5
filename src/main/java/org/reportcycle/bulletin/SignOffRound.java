package org.reportcycle.bulletin;

import java.time.OffsetDateTime;

/**
 * One round of a bulletin's sign-off: the version the office sent, by whom and when, and the signer's decision
 * with his comment (null while it waits).
 */
record SignOffRound(
        int round,
        int version,
        OffsetDateTime sentAt,
        String sentBy,
        Outcome outcome,
        OffsetDateTime decidedAt,
        String decidedBy,
        String comment) {

    enum Outcome {
        APPROVED,
        RETURNED
    }
}
