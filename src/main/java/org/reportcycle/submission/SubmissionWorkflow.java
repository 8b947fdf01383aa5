package org.reportcycle.submission;

/**
 * The process steps a report moves through, completed in the caller's transaction. Implemented by the cycle,
 * which owns the process; a refusal (the task is gone or was completed meanwhile) is a ConflictException.
 */
public interface SubmissionWorkflow {

    void reportSubmitted(String period, String departmentCode);

    /** The head withdrew the submitted report before the office reviewed it; it waits for a new submission. */
    void reportWithdrawn(String period, String departmentCode);

    /** The office decided; the decision itself is already in the submission row, where the process reads it. */
    void reportReviewed(String period, String departmentCode);

    /** Whether the period's cycle is a back-fill (补录), which sends no email. */
    boolean backfilled(String period);
}
