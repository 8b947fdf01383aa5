package org.reportcycle.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers due outbox messages. Each message is first claimed with a conditional update, so that several nodes
 * never send the same message at once; a failure is retried later with doubling delays until the attempts run
 * out, or at once when it cannot succeed (see {@link DeliveryFailures}). Without SMTP configured nothing is sent and
 * the messages wait.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailSettings settings;
    private final Clock clock;
    private final Attachments attachments;
    private final boolean scheduled;
    private final String node = UUID.randomUUID().toString();

    OutboxSender(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, MailSettings settings, Clock clock,
            Attachments attachments, @Value("${reportcycle.mail.sender-enabled:true}") boolean scheduled) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.settings = settings;
        this.clock = clock;
        this.attachments = attachments;
        this.scheduled = scheduled;
    }

    /** Since when the SMTP server has not answered this node, if it does not answer now. */
    private volatile Instant unreachableSince;

    /** Whether an SMTP server is configured at all. */
    public boolean configured() {
        return mailSender.getIfAvailable() != null;
    }

    /** Since when this node cannot reach the SMTP server; empty while it can (or has not tried yet). */
    public java.util.Optional<Instant> unreachableSince() {
        return java.util.Optional.ofNullable(unreachableSince);
    }

    @Scheduled(fixedDelayString = "${reportcycle.mail.poll:PT10S}")
    void poll() {
        if (scheduled) {
            deliverDue();
        }
    }

    /** Sends what is due now over one SMTP connection; returns how many were sent. */
    public int deliverDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        Map<MimeMessage, OutboxMessage> batch = new LinkedHashMap<>();
        // The bulletin's PDF goes to a whole list: read each file once per batch, not once per message.
        Map<Long, Attachment> files = new HashMap<>();
        for (long id : dueIds()) {
            if (claim(id)) {
                OutboxMessage message = load(id);
                try {
                    batch.put(MimeMessages.of(sender, message, settings, attachment(message, files)), message);
                } catch (RuntimeException e) {
                    failed(message, e);
                }
            }
        }
        return batch.isEmpty() ? 0 : send(sender, batch);
    }

    private Attachment attachment(OutboxMessage message, Map<Long, Attachment> files) {
        Long id = message.attachmentId();
        return id == null ? null : files.computeIfAbsent(id, attachments::load);
    }

    /** Sends the batch at once; a message the server refused fails alone, the others count as sent. */
    private int send(JavaMailSender sender, Map<MimeMessage, OutboxMessage> batch) {
        Map<Object, Exception> failures = Map.of();
        try {
            sender.send(batch.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            failures = e.getFailedMessages();
        } catch (MailException e) {
            batch.values().forEach(message -> failed(message, e));
            return 0;
        }
        int sent = 0;
        for (var entry : batch.entrySet()) {
            Exception failure = failures.get(entry.getKey());
            if (failure == null) {
                sent(entry.getValue());
                sent++;
            } else {
                failed(entry.getValue(), failure);
            }
        }
        return sent;
    }

    private List<Long> dueIds() {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                SELECT id FROM outbox_message WHERE status = 'PENDING' AND next_attempt_at <= ?
                AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY id FETCH FIRST ? ROWS ONLY""")
            .params(now, now, settings.batchSize()).query(Long.class).list();
    }

    private boolean claim(long id) {
        Instant now = clock.instant();
        return jdbc.sql("""
                UPDATE outbox_message SET claimed_by = ?, claimed_until = ? WHERE id = ? AND status = 'PENDING'
                AND (claimed_until IS NULL OR claimed_until < ?)""")
            .params(node, Timestamp.from(now.plus(settings.claimFor())), id, Timestamp.from(now))
            .update() == 1;
    }

    private OutboxMessage load(long id) {
        return jdbc.sql("SELECT * FROM outbox_message WHERE id = ?").param(id).query(OutboxMessage.class).single();
    }

    private void sent(OutboxMessage message) {
        jdbc.sql("""
                UPDATE outbox_message SET status = 'SENT', sent_at = ?, attempts = attempts + 1,
                last_error = NULL, claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?""")
            .params(Timestamp.from(clock.instant()), message.id(), node).update();
    }

    private void failed(OutboxMessage message, Exception e) {
        int attempts = message.attempts() + 1;
        boolean giveUp = attempts >= settings.maxAttempts() || DeliveryFailures.permanent(e);
        Duration delay = settings.firstRetry().multipliedBy(1L << Math.min(attempts - 1, 16));
        String error = DeliveryFailures.describe(e);
        log.warn("Email {} to {} failed (attempt {}{}): {}", message.id(), message.recipientEmail(), attempts,
            giveUp ? ", giving up" : "", error);
        jdbc.sql("""
                UPDATE outbox_message SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ?,
                claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?""")
            .params(giveUp ? "FAILED" : "PENDING", attempts, Timestamp.from(clock.instant().plus(delay)),
                error.length() > 1000 ? error.substring(0, 1000) : error, message.id(), node)
            .update();
    }
}
