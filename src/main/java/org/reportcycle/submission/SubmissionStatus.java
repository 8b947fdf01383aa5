package org.reportcycle.submission;

/** Where a department's report stands; MISSING (未报送) when the office closed collection without it. */
public enum SubmissionStatus {
    NOT_STARTED,
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED,
    MISSING;

    /** The department may still change the report. */
    public boolean editable() {
        return this == NOT_STARTED || this == DRAFT || this == RETURNED;
    }
}
