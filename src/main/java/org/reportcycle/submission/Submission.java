package org.reportcycle.submission;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.reportcycle.system.ReportingPeriod;

/** One department's report for one period; {@code version} guards against stale forms and double actions. */
public record Submission(
        long id,
        ReportingPeriod period,
        String departmentCode,
        SubmissionStatus status,
        int version,
        OffsetDateTime dueAt,
        OffsetDateTime savedAt,
        OffsetDateTime submittedAt,
        String submittedBy,
        OffsetDateTime reviewedAt,
        String reviewedBy,
        String officeComment) {

    public boolean overdue(Instant now) {
        Instant doneAt = submittedAt != null ? submittedAt.toInstant() : now;
        return status == SubmissionStatus.MISSING || doneAt.isAfter(dueAt.toInstant());
    }
}
