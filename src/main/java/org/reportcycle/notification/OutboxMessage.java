package org.reportcycle.notification;

import java.time.OffsetDateTime;

/** A stored email and where its delivery stands; {@code attachmentId} is the file it carries, if any. */
public record OutboxMessage(
        long id,
        String idempotencyKey,
        String kind,
        String recipientName,
        String recipientEmail,
        String subject,
        String textBody,
        String htmlBody,
        Status status,
        int attempts,
        OffsetDateTime nextAttemptAt,
        String lastError,
        OffsetDateTime createdAt,
        OffsetDateTime sentAt,
        Long attachmentId) {

    public enum Status {
        /** Waiting to be sent (or, with no SMTP configured, kept unsent). */
        PENDING,
        SENT,
        /** Gave up: not sent within the time for retrying, or the address was refused or is no address at all. */
        FAILED
    }
}
