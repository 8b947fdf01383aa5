package org.reportcycle.monitoring;

import java.time.OffsetDateTime;

import org.reportcycle.submission.SubmissionStatus;

/** One department's row on the cycle page; {@code colour} is its reminder ladder colour while pending, else null. */
public record DepartmentProgress(String departmentCode, String departmentName, SubmissionStatus status,
        OffsetDateTime savedAt, OffsetDateTime submittedAt, OffsetDateTime reviewedAt, String officeComment,
        boolean overdue, String colour) {
}
