package org.reportcycle.notification;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A reminder as stored, with where its delivery stands (PENDING, SENT in a digest, or CANCELLED). */
public record StoredReminder(
        long id,
        String idempotencyKey,
        String recipientUsername,
        String kind,
        Reminder.Colour colour,
        String subjectRef,
        String what,
        OffsetDateTime dueAt,
        String link,
        LocalDate sendOn,
        String status,
        String digestKey,
        OffsetDateTime createdAt) {}
