package org.reportcycle.cycle;

import java.time.OffsetDateTime;

/** A period's cycle as the office sees it. */
public record ReportingCycle(String period, Status status, String openedBy, OffsetDateTime openedAt,
        OffsetDateTime submissionDueAt, OffsetDateTime collectionClosedAt, OffsetDateTime publishedAt) {

    public enum Status {
        COLLECTING, COMPILING, PUBLISHED
    }
}
