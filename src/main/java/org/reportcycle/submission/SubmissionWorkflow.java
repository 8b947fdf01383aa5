package org.reportcycle.submission;

import org.reportcycle.system.ReportingPeriod;

/**
 * The process steps a report moves through, completed in the caller's transaction. Implemented by the cycle,
 * which owns the process; a refusal (the task is gone or was completed meanwhile) is a ConflictException.
 */
public interface SubmissionWorkflow {

    void reportSubmitted(ReportingPeriod period, String departmentCode);

    /** The head withdrew the submitted report before the office reviewed it; it waits for a new submission. */
    void reportWithdrawn(ReportingPeriod period, String departmentCode);

    /** The office decided; the decision itself is already in the submission row, where the process reads it. */
    void reportReviewed(ReportingPeriod period, String departmentCode);

    /** Whether the period's cycle is a back-fill (补录), which sends no email. */
    boolean backfilled(ReportingPeriod period);
}
