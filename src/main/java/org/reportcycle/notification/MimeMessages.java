package org.reportcycle.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Builds the MIME message of an outbox row: UTF-8 subject, plain text and HTML alternatives, and the attached file
 * if the row has one (multipart/mixed).
 */
final class MimeMessages {

    private MimeMessages() {}

    /** {@code attachment} is the file of {@code message.attachmentId()}, or null if it has none. */
    static MimeMessage of(JavaMailSender sender, OutboxMessage message, MailSettings settings, Attachment attachment) {
        try {
            MimeMessage mime = new IdentifiedMimeMessage(sender.createMimeMessage(), messageId(message));
            MimeMessageHelper helper =
                    new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from(), settings.fromName());
            // Strict parsing: an address that cannot be one fails here, for good, instead of at every retry.
            InternetAddress to = new InternetAddress(message.recipientEmail(), true);
            to.setPersonal(message.recipientName(), StandardCharsets.UTF_8.name());
            helper.setTo(to);
            helper.setSubject(message.subject());
            helper.setText(message.textBody(), message.htmlBody());
            if (attachment != null) {
                helper.getRootMimeMultipart().addBodyPart(AttachmentPart.of(attachment));
            }
            return mime;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("cannot build message " + message.id(), e);
        }
    }

    /** The same message always carries the same Message-ID, so a receiver can tell a repeat. */
    private static String messageId(OutboxMessage message) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(message.idempotencyKey().getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash, 0, 16) + "." + message.id() + "@reportcycle>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Keeps our Message-ID instead of the one JavaMail generates on save. */
    private static final class IdentifiedMimeMessage extends MimeMessage {

        private final String id;

        IdentifiedMimeMessage(MimeMessage base, String id) throws MessagingException {
            super(base.getSession());
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
