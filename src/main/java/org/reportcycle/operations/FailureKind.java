package org.reportcycle.operations;

/** A job that failed its last retry, or an incident that is not about a job (nothing to run again). */
public enum FailureKind {
    FAILED_JOB,
    INCIDENT
}
