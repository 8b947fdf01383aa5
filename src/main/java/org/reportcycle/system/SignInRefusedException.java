package org.reportcycle.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before the password was checked: the account is locked, or the client address has failed
 * too often. Carries the message key and the time it ends, so form and API can say until when.
 */
class SignInRefusedException extends AuthenticationException {

    static final String LOCKED = "signIn.locked";
    static final String THROTTLED = "signIn.throttled";

    private final String messageKey;
    private final transient Instant until;

    SignInRefusedException(String messageKey, Instant until) {
        super(messageKey + " until " + until);
        this.messageKey = messageKey;
        this.until = until;
    }

    String messageKey() {
        return messageKey;
    }

    Instant until() {
        return until;
    }

    /**
     * The end in office time, rounded up to the minute so that trying at the time shown works: {@code 11:35}
     * today, {@code 2026-11-24 11:35} on another day.
     */
    String untilText(Instant now) {
        ZonedDateTime end = until.atZone(OfficeTime.ZONE);
        ZonedDateTime minute = end.truncatedTo(ChronoUnit.MINUTES);
        ZonedDateTime shown = minute.equals(end) ? minute : minute.plusMinutes(1);
        boolean today = shown.toLocalDate().equals(LocalDate.ofInstant(now, OfficeTime.ZONE));
        return shown.format(DateTimeFormatter.ofPattern(today ? "HH:mm" : "yyyy-MM-dd HH:mm"));
    }
}
