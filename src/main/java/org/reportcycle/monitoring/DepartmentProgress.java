package org.reportcycle.monitoring;

import java.time.OffsetDateTime;
import org.reportcycle.submission.SubmissionStatus;

/**
 * One department's row on the cycle page; {@code colour} is its reminder ladder colour while pending, else null;
 * {@code urged} whether the office has reminded it (催办) this period.
 */
public record DepartmentProgress(
        String departmentCode,
        String departmentName,
        SubmissionStatus status,
        OffsetDateTime savedAt,
        OffsetDateTime submittedAt,
        OffsetDateTime reviewedAt,
        String officeComment,
        boolean overdue,
        String colour,
        boolean urged) {}
