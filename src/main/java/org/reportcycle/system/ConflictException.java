package org.reportcycle.system;

import org.springframework.http.HttpStatus;

/** The thing is not in a state that allows this, or was changed meanwhile (409). */
public class ConflictException extends ReportCycleException {

    public ConflictException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }
}
