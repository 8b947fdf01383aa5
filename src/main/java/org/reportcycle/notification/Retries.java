package org.reportcycle.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What becomes of an email that did not go out: failed for good at once when retrying cannot help (see
 * {@link DeliveryFailures}), else tried again after {@code first-retry} doubled per attempt up to
 * {@code max-retry-delay}, and failed once {@code retry-for} has passed since its round of attempts began.
 */
final class Retries {

    private static final Logger log = LoggerFactory.getLogger(Retries.class);

    private final OutboxRows rows;
    private final MailingAlarm alarm;
    private final MailSettings settings;
    private final Clock clock;

    Retries(OutboxRows rows, MailingAlarm alarm, MailSettings settings, Clock clock) {
        this.rows = rows;
        this.alarm = alarm;
        this.settings = settings;
        this.clock = clock;
    }

    void failed(OutboxMessage message, Exception e) {
        int attempts = message.attempts() + 1;
        String error = DeliveryFailures.describe(e);
        if (DeliveryFailures.permanent(e)) {
            log.warn(
                    "Email {} to {} failed for good (attempt {}): {}",
                    message.id(),
                    message.recipientEmail(),
                    attempts,
                    error);
            if (rows.attemptFailed(message.id(), attempts, null, error)) {
                alarm.failed(message.id(), message.idempotencyKey());
            }
            return;
        }
        Instant next = clock.instant().plus(delayAfter(attempts));
        log.warn(
                "Email {} to {} failed (attempt {}), tried again at {}: {}",
                message.id(),
                message.recipientEmail(),
                attempts,
                next,
                error);
        rows.attemptFailed(message.id(), attempts, next, error);
    }

    /** Fails every email whose time for retrying is over, whether or not the server answers. */
    void giveUpExpired() {
        for (OutboxRows.Expired expired : rows.expiredSince(clock.instant().minus(settings.retryFor()))) {
            String error = "gave up after " + readable(settings.retryFor()) + " of retrying; last: "
                    + (expired.lastError() == null ? "mail server not reachable" : expired.lastError());
            if (rows.giveUp(expired.id(), error)) {
                log.warn("Email {} failed for good: {}", expired.id(), error);
                alarm.failed(expired.id(), expired.idempotencyKey());
            }
        }
    }

    Duration delayAfter(int attempts) {
        Duration doubled = settings.firstRetry().multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 30));
        return doubled.compareTo(settings.maxRetryDelay()) > 0 ? settings.maxRetryDelay() : doubled;
    }

    /** P7D rather than Duration's PT168H. */
    private static String readable(Duration duration) {
        return duration.toSeconds() % 86_400 == 0 ? "P" + duration.toDays() + "D" : duration.toString();
    }
}
