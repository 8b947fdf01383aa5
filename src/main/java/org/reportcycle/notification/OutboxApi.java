package org.reportcycle.notification;

import java.time.OffsetDateTime;
import java.util.List;

import org.reportcycle.system.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The outbox on the API (office and administrators): every email and where its delivery stands. */
@RestController
class OutboxApi {

    private final Outbox outbox;
    private final OutboxSender sender;

    OutboxApi(Outbox outbox, OutboxSender sender) {
        this.outbox = outbox;
        this.sender = sender;
    }

    @GetMapping("/api/outbox")
    OutboxView list(@AuthenticationPrincipal CurrentUser user) {
        List<MessageView> messages = outbox.recent(user, 500).stream().map(MessageView::of).toList();
        return new OutboxView(sender.configured(), messages);
    }

    /** Whether mail can go out at all, and the newest emails. */
    record OutboxView(boolean smtpConfigured, List<MessageView> messages) {
    }

    /**
     * One email as the office and administrators follow it: what it is about ({@code idempotencyKey}, kind),
     * to whom, its text, where delivery stands and whether it carries the bulletin's PDF.
     */
    record MessageView(long id, String idempotencyKey, String kind, String recipientName, String recipientEmail,
            String subject, String textBody, OutboxMessage.Status status, int attempts, OffsetDateTime nextAttemptAt,
            String lastError, OffsetDateTime createdAt, OffsetDateTime sentAt, boolean attached) {

        static MessageView of(OutboxMessage m) {
            return new MessageView(m.id(), m.idempotencyKey(), m.kind(), m.recipientName(), m.recipientEmail(),
                m.subject(), m.textBody(), m.status(), m.attempts(), m.nextAttemptAt(), m.lastError(), m.createdAt(),
                m.sentAt(), m.attachmentId() != null);
        }
    }
}
