package org.reportcycle.system;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A refusal the user should read: it carries a message key (resolved in the user's language) and its
 * arguments, and the HTTP status it maps to. Thrown before anything is written, or inside the transaction
 * that it rolls back.
 */
public abstract class ReportCycleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    protected ReportCycleException(String messageKey, Object... args) {
        super(messageKey + " " + List.of(args));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public abstract HttpStatus status();
}
