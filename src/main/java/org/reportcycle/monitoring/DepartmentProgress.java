package org.reportcycle.monitoring;

import java.time.OffsetDateTime;

import org.reportcycle.submission.SubmissionStatus;

/** One department's row on the cycle page. */
public record DepartmentProgress(String departmentCode, String departmentName, SubmissionStatus status,
        OffsetDateTime savedAt, OffsetDateTime submittedAt, OffsetDateTime reviewedAt, String officeComment,
        boolean overdue) {
}
