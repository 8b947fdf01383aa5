package org.reportcycle.operations;

import java.time.Instant;

/**
 * One piece of background work that failed, as the engine adapter reports it: the job's or incident's id, the
 * process definition key, the business key, the activity's id and its name from the model (may be null), and
 * the job to run again ({@code jobId}, null for an incident without one) with whether it still needs that.
 */
record Failure(
        String id,
        FailureKind kind,
        String message,
        String processKey,
        String businessKey,
        String activityId,
        String activityName,
        Instant at,
        String jobId,
        boolean needsRetry) {

    /** The same row once its job has a retry again. */
    Failure retried() {
        return new Failure(id, kind, message, processKey, businessKey, activityId, activityName, at, jobId, false);
    }
}
