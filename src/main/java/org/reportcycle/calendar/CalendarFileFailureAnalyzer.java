package org.reportcycle.calendar;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A broken calendar file stops start-up with its message alone, not a stack trace. */
class CalendarFileFailureAnalyzer extends AbstractFailureAnalyzer<CalendarFileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CalendarFileException cause) {
        return new FailureAnalysis(
                "A calendar file cannot be used: " + cause.getMessage(),
                "Correct the file at the line named and start ReportCycle again.",
                cause);
    }
}
