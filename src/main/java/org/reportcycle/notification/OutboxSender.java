package org.reportcycle.notification;

import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Delivers due outbox messages, one at a time, in order of id: claims the message (so no other node sends it),
 * sends it, and acknowledges it as soon as the server accepted it, each step committed at once. A crash thus
 * repeats at most the one message in flight; messages this node has not reached yet are free for another node.
 * When the server does not take part at all, nothing is charged to the messages and they go out on the first
 * poll it answers (see {@link Retries} for the rest). Without SMTP configured nothing is sent and the messages wait.
 */
@Component
public class OutboxSender implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private enum Outcome {
        SENT,
        NOT_SENT,
        SERVER_UNAVAILABLE
    }

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailSettings settings;
    private final Clock clock;
    private final Attachments attachments;
    private final OutboxRows rows;
    private final Retries retries;
    private final HoldRenewal renewal;

    /** Since when the SMTP server has not answered this node, if it does not answer now. */
    private volatile Instant unreachableSince;

    OutboxSender(
            JdbcClient jdbc,
            ObjectProvider<JavaMailSender> mailSender,
            MailSettings settings,
            Clock clock,
            Attachments attachments) {
        this.mailSender = mailSender;
        this.settings = settings;
        this.clock = clock;
        this.attachments = attachments;
        this.rows = new OutboxRows(jdbc, clock, UUID.randomUUID().toString());
        this.retries = new Retries(rows, new MailingAlarm(jdbc), settings, clock);
        this.renewal = new HoldRenewal(rows, settings.claimFor());
    }

    /** Whether an SMTP server is configured at all. */
    public boolean configured() {
        return mailSender.getIfAvailable() != null;
    }

    /** Since when this node cannot reach the SMTP server; empty while it can (or has not tried yet). */
    public Optional<Instant> unreachableSince() {
        return Optional.ofNullable(unreachableSince);
    }

    @Scheduled(fixedDelayString = "${reportcycle.mail.poll:PT10S}")
    void poll() {
        if (settings.senderEnabled()) {
            deliverDue();
        }
    }

    /**
     * Fails what has waited too long, then sends what is due now, over one SMTP connection where it can; returns
     * how many were sent. Runs outside any transaction, so that each claim and acknowledgement counts at once.
     */
    public int deliverDue() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(
                    "the outbox sender commits each step itself: call it outside a " + "transaction");
        }
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        retries.giveUpExpired();
        try (SmtpConnection smtp = new SmtpConnection(sender, clock);
                HoldRenewal.Running hold = renewal.start()) {
            return sendDue(smtp);
        }
    }

    /** Stops at a server that does not take part: the next poll tries again, and nothing is charged. */
    private int sendDue(SmtpConnection smtp) {
        // The bulletin's PDF goes to a whole list: read each file once per poll, not once per message.
        Map<Long, Attachment> files = new HashMap<>();
        int sent = 0;
        for (long id : rows.due(settings.batchSize())) {
            Outcome outcome = rows.claim(id, settings.claimFor()) ? deliver(smtp, rows.load(id), files) : null;
            if (outcome == Outcome.SERVER_UNAVAILABLE) {
                return sent;
            }
            sent += outcome == Outcome.SENT ? 1 : 0;
        }
        if (smtp.answered()) {
            reachable();
        }
        return sent;
    }

    private Outcome deliver(SmtpConnection smtp, OutboxMessage message, Map<Long, Attachment> files) {
        try {
            smtp.send(MimeMessages.of(smtp.sender(), message, settings, attachment(message, files)));
        } catch (MailServerUnavailable e) {
            rows.release(message.id());
            unreachable(e);
            return Outcome.SERVER_UNAVAILABLE;
        } catch (MessagingException | RuntimeException e) {
            retries.failed(message, e);
            return Outcome.NOT_SENT;
        }
        if (!rows.sent(message.id())) {
            log.error(
                    "Email {} to {} was sent, but this node's hold on it had run out: another node may have sent "
                            + "it too, so it may have gone out twice",
                    message.id(),
                    message.recipientEmail());
        }
        return Outcome.SENT;
    }

    private Attachment attachment(OutboxMessage message, Map<Long, Attachment> files) {
        Long id = message.attachmentId();
        return id == null ? null : files.computeIfAbsent(id, attachments::load);
    }

    /** One warning when the server goes away, not one per poll. */
    private void unreachable(MailServerUnavailable e) {
        if (unreachableSince == null) {
            unreachableSince = clock.instant();
            log.warn("Mail server not reachable, emails wait without being charged an attempt: {}", e.getMessage());
        }
    }

    private void reachable() {
        Instant since = unreachableSince;
        if (since != null) {
            unreachableSince = null;
            log.info(
                    "Mail server reachable again after {}; waiting emails go out now",
                    Duration.between(since, clock.instant()));
        }
    }

    /** Stops renewing holds (when the application stops). */
    @Override
    public void close() {
        renewal.close();
    }
}
