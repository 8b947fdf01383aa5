package org.reportcycle.cycle;

import java.time.OffsetDateTime;
import org.reportcycle.system.ReportingPeriod;

/** A period's cycle as the office sees it; a back-filled one (补录) sends no email and schedules no reminder. */
public record ReportingCycle(
        String period,
        Status status,
        String openedBy,
        OffsetDateTime openedAt,
        OffsetDateTime submissionDueAt,
        OffsetDateTime collectionClosedAt,
        OffsetDateTime publishedAt,
        boolean backfill) {

    /** The period as a value; {@code period} stays the row's text. */
    public ReportingPeriod reportingPeriod() {
        return ReportingPeriod.parse(period);
    }

    public enum Status {
        COLLECTING,
        COMPILING,
        PUBLISHED
    }
}
