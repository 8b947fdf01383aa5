package org.reportcycle.system;

/**
 * A transaction that lost a race it did not choose (an engine job or another request changed the same rows, a
 * row lock was not granted in time): nothing was written, and the whole action may be tried again from the
 * start. {@link Retrying} does; if it keeps losing, the user reads a 409 "changed at the same time".
 */
public class TransientConflictException extends ConflictException {

    public TransientConflictException(Throwable cause) {
        super("error.concurrent");
        initCause(cause);
    }
}
