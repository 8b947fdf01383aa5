package org.reportcycle.notification;

import java.time.OffsetDateTime;
import org.reportcycle.notification.OutboxMessage.Status;

/**
 * Where one email of a mailing stands, for the page of what caused it (e.g. a bulletin's distribution):
 * {@code lastError} says why the last attempt failed (e.g. the server's "550 … mailbox unavailable"),
 * {@code nextAttemptAt} when a waiting message is tried again.
 */
public record Delivery(
        long id,
        String idempotencyKey,
        String recipientName,
        String recipientEmail,
        Status status,
        int attempts,
        String lastError,
        OffsetDateTime createdAt,
        OffsetDateTime sentAt,
        OffsetDateTime nextAttemptAt) {}
