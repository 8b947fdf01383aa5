package org.reportcycle.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.ForbiddenException;
import org.reportcycle.system.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes notices and their files into the outbox, inside the caller's transaction; lists them for the outbox page
 * and, by key prefix, for the page of what caused them.
 */
@Service
public class Outbox {

    private final JdbcClient jdbc;
    private final TemplateEngine templates;
    private final MailSettings settings;
    private final Clock clock;
    private final Attachments attachments;

    Outbox(JdbcClient jdbc, TemplateEngine templates, MailSettings settings, Clock clock, Attachments attachments) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.settings = settings;
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
        Context model = new Context(java.util.Locale.SIMPLIFIED_CHINESE, Map.of("notice", notice,
            "link", notice.link() == null ? "" : settings.baseUrl() + notice.link()));
        String html = templates.process("mail/notice", model);
        String text = PlainText.of(notice, settings.baseUrl());
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO outbox_message (idempotency_key, kind, recipient_name, recipient_email, subject,
                    text_body, html_body, status, attempts, next_attempt_at, created_at, retry_from, attachment_id)
                SELECT ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ? FROM organization
                WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM outbox_message WHERE idempotency_key = ?)""")
            .params(notice.key(), notice.kind(), notice.recipientName(), notice.recipientEmail(), notice.subject(),
                text, html, now, now, now, notice.attachmentId(), notice.key())
            .update();
    }

    /** Whether a message with this key was written already. */
    public boolean exists(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE idempotency_key = ?").param(key)
            .query(Integer.class).single() > 0;
    }

    /** Whether a message whose key starts with {@code keyPrefix} was written after {@code since}. */
    public boolean writtenSince(String keyPrefix, java.time.Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE idempotency_key LIKE ? AND created_at > ?")
            .params(keyPrefix + "%", Timestamp.from(since))
            .query(Integer.class).single() > 0;
    }

    /**
     * Where each message whose key starts with {@code keyPrefix} (e.g. {@code "distribution:42:"}) stands, in the
     * order written. The caller checks that the user may see them.
     */
    public List<Delivery> deliveries(String keyPrefix) {
        if (keyPrefix == null || keyPrefix.isEmpty()) {
            throw new IllegalArgumentException("a key prefix is needed");
        }
        return jdbc.sql("""
                SELECT id, idempotency_key, recipient_name, recipient_email, status, attempts, last_error,
                    created_at, sent_at, next_attempt_at
                FROM outbox_message WHERE idempotency_key LIKE ? ESCAPE '\\' ORDER BY id""")
            .param(keyPrefix.replaceAll("[\\\\%_]", "\\\\$0") + "%").query(Delivery.class).list();
    }

    public List<OutboxMessage> recent(CurrentUser user, int limit) {
        if (!user.isOffice() && !user.has(Role.ADMIN)) {
            throw new ForbiddenException("error.forbidden.role", Role.OFFICE.name());
        }
        return jdbc.sql("SELECT * FROM outbox_message ORDER BY id DESC FETCH FIRST ? ROWS ONLY")
            .param(limit).query(OutboxMessage.class).list();
    }
}
