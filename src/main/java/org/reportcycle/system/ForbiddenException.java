package org.reportcycle.system;

import org.springframework.http.HttpStatus;

/** The user may not see or do this (403). */
public class ForbiddenException extends ReportCycleException {

    public ForbiddenException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.FORBIDDEN;
    }
}
