package org.reportcycle.organization;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A broken organisation file stops start-up with its message alone, not a stack trace. */
class OrganizationFileFailureAnalyzer extends AbstractFailureAnalyzer<OrganizationFileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, OrganizationFileException cause) {
        return new FailureAnalysis(
                "The organisation file cannot be used: " + cause.getMessage(),
                "Correct the file at the place named and start ReportCycle again.",
                cause);
    }
}
