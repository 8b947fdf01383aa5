package org.reportcycle.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.ForbiddenException;
import org.reportcycle.system.NotFoundException;
import org.reportcycle.system.RecordRows;
import org.reportcycle.system.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes notices and their files into the outbox, inside the caller's transaction; lists and counts them for the
 * outbox page and, by key prefix, for the page of what caused them; puts failed ones back for the office.
 */
@Service
public class Outbox {

    private static final String BY_PREFIX = " idempotency_key LIKE ? ESCAPE '\\'";
    /** A fresh round of attempts from now, as for a new email; the old error goes, the next attempt tells. */
    private static final String PUT_BACK = """
            UPDATE outbox_message SET status = 'PENDING', attempts = 0, next_attempt_at = ?, retry_from = ?,
            last_error = NULL, claimed_by = NULL, claimed_until = NULL WHERE status = 'FAILED' AND """;

    private final JdbcClient jdbc;
    private final TemplateEngine templates;
    private final LinkBase links;
    private final Clock clock;
    private final Attachments attachments;

    Outbox(JdbcClient jdbc, TemplateEngine templates, LinkBase links, Clock clock, Attachments attachments) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.links = links;
        this.clock = clock;
        this.attachments = attachments;
    }

    /**
     * Stores a file for notices to carry ({@link Notice#withAttachment}); the same name, type and content stored
     * before gives the same id. Must run in the causing transaction, like {@link #enqueue}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long attach(String fileName, String contentType, byte[] content) {
        return attachments.store(fileName, contentType, content);
    }

    /** Writes the notice unless one with its key was written before; must run in the causing transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(Notice notice) {
        Context model = new Context(
                java.util.Locale.SIMPLIFIED_CHINESE,
                Map.of("notice", notice, "link", notice.link() == null ? "" : links.url() + notice.link()));
        String html = templates.process("mail/notice", model);
        String text = PlainText.of(notice, links.url());
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO outbox_message (idempotency_key, kind, recipient_name, recipient_email, subject,
                    text_body, html_body, status, attempts, next_attempt_at, created_at, retry_from, attachment_id)
                SELECT ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ? FROM organization
                WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM outbox_message WHERE idempotency_key = ?)""")
                .params(
                        notice.key(),
                        notice.kind(),
                        notice.recipientName(),
                        notice.recipientEmail(),
                        notice.subject(),
                        text,
                        html,
                        now,
                        now,
                        now,
                        notice.attachmentId(),
                        notice.key())
                .update();
    }

    /**
     * Withdraws the messages whose key starts with {@code prefix}: those waiting and not being sent are deleted;
     * the others (sent, failed, or in a sender's hands) keep their rows under a key of their own, so that the same
     * notice written again is new. Must run in the causing transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int withdraw(NoticeKey.Prefix prefix) {
        Timestamp now = Timestamp.from(clock.instant());
        int deleted = jdbc.sql("DELETE FROM outbox_message WHERE status = 'PENDING' AND attachment_id IS NULL "
                        + "AND (claimed_until IS NULL OR claimed_until < ?) AND" + BY_PREFIX)
                .params(now, prefix.like())
                .update();
        jdbc.sql("UPDATE outbox_message SET idempotency_key = ? || idempotency_key WHERE" + BY_PREFIX)
                .params(NoticeKey.withdrawn(clock.instant()).value(), prefix.like())
                .update();
        return deleted;
    }

    /** Whether a message with this key was written already. */
    public boolean exists(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE idempotency_key = ?")
                        .param(key)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The keys of the messages whose key starts with {@code prefix}, each once. */
    public List<String> keys(NoticeKey.Prefix prefix) {
        return jdbc.sql("SELECT DISTINCT idempotency_key FROM outbox_message WHERE" + BY_PREFIX)
                .param(prefix.like())
                .query(String.class)
                .list();
    }

    /** Whether a message whose key starts with {@code prefix} was written after {@code since}. */
    public boolean writtenSince(NoticeKey.Prefix prefix, java.time.Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE" + BY_PREFIX + " AND created_at > ?")
                        .params(prefix.like(), Timestamp.from(since))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * Where each message whose key starts with {@code prefix} (e.g. {@code distribution:42:}) stands, in the
     * order written. The caller checks that the user may see them.
     */
    public List<Delivery> deliveries(NoticeKey.Prefix prefix) {
        return jdbc.sql("""
                SELECT id, idempotency_key, recipient_name, recipient_email, status, attempts, last_error,
                    created_at, sent_at, next_attempt_at
                FROM outbox_message WHERE """ + BY_PREFIX + " ORDER BY id")
                .param(prefix.like())
                .query(RecordRows.of(Delivery.class))
                .list();
    }

    /** How many emails whose key starts with {@code prefix} were delivered, wait, or failed; one query. */
    public DeliveryTally tally(NoticeKey.Prefix prefix) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(CASE WHEN status = 'SENT' THEN 1 ELSE 0 END), 0),
                    COALESCE(SUM(CASE WHEN status = 'PENDING' THEN 1 ELSE 0 END), 0),
                    COALESCE(SUM(CASE WHEN status = 'FAILED' THEN 1 ELSE 0 END), 0)
                FROM outbox_message WHERE """ + BY_PREFIX)
                .param(prefix.like())
                .query((rs, n) -> new DeliveryTally(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .single();
    }

    /**
     * The mailings under {@code root} (e.g. {@link NoticeKey#DISTRIBUTIONS}) with an email still waiting or failed,
     * newest first, at most {@code limit}: each mailing's prefix (the root one part longer) and its tally. The
     * caller checks that the user may see them.
     */
    public Map<NoticeKey.Prefix, DeliveryTally> incomplete(NoticeKey.Prefix root, int limit) {
        List<String> keys = jdbc.sql("SELECT idempotency_key FROM outbox_message WHERE status IN ('PENDING', "
                        + "'FAILED') AND" + BY_PREFIX + " ORDER BY id DESC")
                .param(root.like())
                .query(String.class)
                .list();
        Map<NoticeKey.Prefix, DeliveryTally> mailings = new LinkedHashMap<>();
        for (String key : keys) {
            root.deeper(key).ifPresent(mailing -> mailings.computeIfAbsent(mailing, this::tally));
            if (mailings.size() == limit) {
                break;
            }
        }
        return mailings;
    }

    /**
     * Puts one failed email back for a new round of attempts (the office only). Conditional on its still being
     * failed, so of two presses at once one puts it back and the other is told it is waiting already.
     */
    @Transactional
    public OutboxMessage resend(CurrentUser user, long id) {
        user.requireRole(Role.OFFICE);
        Timestamp now = Timestamp.from(clock.instant());
        int changed = jdbc.sql(PUT_BACK + " id = ?").params(now, now, id).update();
        OutboxMessage message = jdbc.sql("SELECT * FROM outbox_message WHERE id = ?")
                .param(id)
                .query(RecordRows.of(OutboxMessage.class))
                .optional()
                .orElseThrow(() -> new NotFoundException("error.outbox.unknown", id));
        if (changed == 0) {
            throw new ConflictException(
                    message.status() == OutboxMessage.Status.SENT
                            ? "error.outbox.resendSent"
                            : "error.outbox.resendPending",
                    id);
        }
        return message;
    }

    /** Puts back every failed email whose key starts with {@code prefix} (the office only); how many. */
    @Transactional
    public int resendFailed(CurrentUser user, NoticeKey.Prefix prefix) {
        user.requireRole(Role.OFFICE);
        Timestamp now = Timestamp.from(clock.instant());
        int changed =
                jdbc.sql(PUT_BACK + BY_PREFIX).params(now, now, prefix.like()).update();
        if (changed == 0) {
            throw new ConflictException("error.outbox.noneFailed");
        }
        return changed;
    }

    /** How many emails failed for good, in all. */
    public long failedCount() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE status = 'FAILED'")
                .query(Long.class)
                .single();
    }

    public List<OutboxMessage> recent(CurrentUser user, int limit) {
        if (!user.isOffice() && !user.has(Role.ADMIN)) {
            throw new ForbiddenException("error.forbidden.role", Role.OFFICE.label());
        }
        return jdbc.sql("SELECT * FROM outbox_message ORDER BY id DESC FETCH FIRST ? ROWS ONLY")
                .param(limit)
                .query(RecordRows.of(OutboxMessage.class))
                .list();
    }
}
