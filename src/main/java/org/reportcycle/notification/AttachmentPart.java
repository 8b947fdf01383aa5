package org.reportcycle.notification;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParameterList;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/**
 * The MIME part of an attached file. A Chinese file name (工会要情摘报2026年第7期.pdf) is written twice, as mail
 * clients read either: RFC 2231 in the Content-Disposition {@code filename*} (the standard, which current clients
 * use), and an RFC 2047 encoded word in the Content-Type {@code name} (what older Outlook and Foxmail read). Both
 * always in UTF-8: JavaMail's own choice would follow the platform's default charset.
 */
final class AttachmentPart {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private AttachmentPart() {}

    static MimeBodyPart of(Attachment attachment) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        // The data handler first: setting it clears the content headers set before.
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
        part.setHeader("Content-Type", contentType(attachment));
        part.setHeader("Content-Disposition", disposition(attachment.fileName()));
        return part;
    }

    private static String contentType(Attachment attachment) throws MessagingException {
        ContentType type = new ContentType(attachment.contentType());
        ParameterList parameters = type.getParameterList() == null ? new ParameterList() : type.getParameterList();
        try {
            // An encoded word is folded at 76 characters; the parameter list folds the header itself.
            parameters.set(
                    "name",
                    MimeUtility.encodeText(attachment.fileName(), UTF_8, "B").replace("\r\n", ""));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is part of every Java runtime", e);
        }
        type.setParameterList(parameters);
        return type.toString();
    }

    private static String disposition(String fileName) {
        ParameterList parameters = new ParameterList();
        parameters.set("filename", fileName, UTF_8);
        ContentDisposition disposition = new ContentDisposition(Part.ATTACHMENT, parameters);
        return disposition.toString();
    }
}
