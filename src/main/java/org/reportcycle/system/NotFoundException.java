package org.reportcycle.system;

import org.springframework.http.HttpStatus;

/** The thing asked for does not exist (404). */
public class NotFoundException extends ReportCycleException {

    public NotFoundException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.NOT_FOUND;
    }
}
