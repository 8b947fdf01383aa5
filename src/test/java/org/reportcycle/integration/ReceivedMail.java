package org.reportcycle.integration;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One email as GreenMail received it, decoded: recipient, UTF-8 subject, plain text and HTML parts, and its
 * attached files by decoded file name.
 */
public record ReceivedMail(String to, String subject, String text, String html, Map<String, byte[]> attachments) {

    public static ReceivedMail of(MimeMessage message) {
        try {
            var to = message.getRecipients(RecipientType.TO);
            if (to == null || to.length != 1) {
                throw new AssertionError("expected exactly one recipient, got " + Arrays.toString(to));
            }
            Map<String, byte[]> files = new LinkedHashMap<>();
            files(message, files);
            return new ReceivedMail(
                    ((InternetAddress) to[0]).getAddress(),
                    message.getSubject(),
                    part(message, "text/plain"),
                    part(message, "text/html"),
                    files);
        } catch (MessagingException | IOException e) {
            throw new AssertionError("unreadable message", e);
        }
    }

    public static List<ReceivedMail> all(MimeMessage[] messages) {
        return Arrays.stream(messages).map(ReceivedMail::of).toList();
    }

    /** The messages grouped by recipient address. */
    public static Map<String, List<ReceivedMail>> byRecipient(List<ReceivedMail> mails) {
        return mails.stream().collect(Collectors.groupingBy(ReceivedMail::to));
    }

    private static void files(Part part, Map<String, byte[]> files) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            try (InputStream in = part.getInputStream()) {
                files.put(MimeUtility.decodeText(part.getFileName()), in.readAllBytes());
            }
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                files(multipart.getBodyPart(i), files);
            }
        }
    }

    /** The decoded content of the first part of this type, searching nested multiparts; empty if none. */
    private static String part(Part part, String type) throws MessagingException {
        try {
            if (part.isMimeType(type) && part.getContent() instanceof String s) {
                return s;
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = part(multipart.getBodyPart(i), type);
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
