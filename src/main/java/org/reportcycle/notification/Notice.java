package org.reportcycle.notification;

import java.util.List;

/**
 * One email to one person. {@code key} makes it idempotent: the same key is written once. {@code lines} are the
 * paragraphs; {@code document} is optional preformatted HTML (the bulletin) with {@code documentText} its plain
 * text; {@code link} points to the page concerned; {@code attachmentId} is an optional file from
 * {@link Outbox#attach}.
 */
public record Notice(
        String key,
        String kind,
        String recipientName,
        String recipientEmail,
        String subject,
        List<String> lines,
        String link,
        String document,
        String documentText,
        Long attachmentId) {

    public Notice {
        lines = List.copyOf(lines);
    }

    public Notice(
            String key,
            String kind,
            String recipientName,
            String recipientEmail,
            String subject,
            List<String> lines,
            String link,
            String document,
            String documentText) {
        this(key, kind, recipientName, recipientEmail, subject, lines, link, document, documentText, null);
    }

    public static Notice of(
            String key, String kind, String name, String email, String subject, String link, String... lines) {
        return new Notice(key, kind, name, email, subject, List.of(lines), link, null, null);
    }

    public static Notice of(
            NoticeKey key, String kind, String name, String email, String subject, String link, String... lines) {
        return of(key.value(), kind, name, email, subject, link, lines);
    }

    /** A notice whose subject and paragraphs {@link MailTexts} rendered. */
    public static Notice of(NoticeKey key, String kind, String name, String email, MailText text, String link) {
        return new Notice(key.value(), kind, name, email, text.subject(), text.lines(), link, null, null);
    }

    /** The same notice carrying the file stored by {@link Outbox#attach}. */
    public Notice withAttachment(long id) {
        return new Notice(key, kind, recipientName, recipientEmail, subject, lines, link, document, documentText, id);
    }
}
