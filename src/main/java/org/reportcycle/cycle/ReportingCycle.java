package org.reportcycle.cycle;

import java.time.OffsetDateTime;
import org.reportcycle.system.ReportingPeriod;

/** A period's cycle as the office sees it; a back-filled one (补录) sends no email and schedules no reminder. */
public record ReportingCycle(
        ReportingPeriod period,
        Status status,
        String openedBy,
        OffsetDateTime openedAt,
        OffsetDateTime submissionDueAt,
        OffsetDateTime collectionClosedAt,
        OffsetDateTime publishedAt,
        boolean backfill) {

    public enum Status {
        COLLECTING,
        COMPILING,
        PUBLISHED
    }
}
