package org.reportcycle.notification;

import java.time.OffsetDateTime;
import java.util.List;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.Retrying;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The outbox on the API (office and administrators): every email and where its delivery stands. */
@RestController
class OutboxApi {

    private final Outbox outbox;
    private final OutboxSender sender;
    private final Retrying retrying;

    OutboxApi(Outbox outbox, OutboxSender sender, Retrying retrying) {
        this.outbox = outbox;
        this.sender = sender;
        this.retrying = retrying;
    }

    @GetMapping("/api/outbox")
    OutboxView list(@AuthenticationPrincipal CurrentUser user) {
        List<MessageView> messages =
                outbox.recent(user, 500).stream().map(MessageView::of).toList();
        return new OutboxView(sender.configured(), messages);
    }

    /** The office sends a failed (refused or expired) email again: a new round of attempts starts now. */
    @PostMapping("/api/outbox/{id}/resend")
    Resent resend(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return Resent.of(retrying.run(() -> outbox.resend(user, id)));
    }

    /** Whether mail can go out at all, and the newest emails. */
    record OutboxView(boolean smtpConfigured, List<MessageView> messages) {}

    /**
     * One email as the office and administrators follow it: what it is about ({@code idempotencyKey}, kind),
     * to whom, its text, where delivery stands and whether it carries the bulletin's PDF.
     */
    record MessageView(
            long id,
            String idempotencyKey,
            String kind,
            String recipientName,
            String recipientEmail,
            String subject,
            String textBody,
            OutboxMessage.Status status,
            int attempts,
            OffsetDateTime nextAttemptAt,
            String lastError,
            OffsetDateTime createdAt,
            OffsetDateTime sentAt,
            boolean attached) {

        static MessageView of(OutboxMessage m) {
            return new MessageView(
                    m.id(),
                    m.idempotencyKey(),
                    m.kind(),
                    m.recipientName(),
                    m.recipientEmail(),
                    m.subject(),
                    m.textBody(),
                    m.status(),
                    m.attempts(),
                    m.nextAttemptAt(),
                    m.lastError(),
                    m.createdAt(),
                    m.sentAt(),
                    m.attachmentId() != null);
        }
    }

    /** The email put back: to whom, and that it now waits ({@code PENDING}) for its next attempt at that time. */
    record Resent(
            long id,
            String idempotencyKey,
            String recipientName,
            String recipientEmail,
            String subject,
            OutboxMessage.Status status,
            OffsetDateTime nextAttemptAt) {

        static Resent of(OutboxMessage m) {
            return new Resent(
                    m.id(),
                    m.idempotencyKey(),
                    m.recipientName(),
                    m.recipientEmail(),
                    m.subject(),
                    m.status(),
                    m.nextAttemptAt());
        }
    }
}
