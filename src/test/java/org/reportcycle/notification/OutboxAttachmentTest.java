package org.reportcycle.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reportcycle.integration.ReceivedMail;
import org.reportcycle.support.CycleTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A file sent with outbox messages (the bulletin's PDF to a distribution list): stored once, read once per batch,
 * and received intact beside the text and HTML alternatives, under its Chinese name.
 */
class OutboxAttachmentTest extends CycleTestBase {

    private static final String FILE_NAME = "工会要情摘报2026年第7期.pdf";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
                    new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(true);

    @Autowired
    private OutboxSender sender;

    @Autowired
    private Outbox outbox;

    @Autowired
    private TransactionTemplate tx;

    @MockitoSpyBean
    private Attachments attachments;

    @Test
    void anAttachedFileArrivesIntactUnderItsNameBesideTheTextAndHtml() throws Exception {
        byte[] pdf = pdf(300 * 1024, 7);
        long id = tx.execute(s -> {
            long file = outbox.attach(FILE_NAME, "application/pdf", pdf);
            enqueue("bulletin:7:a", "a@example.org", file);
            enqueue("bulletin:7:b", "b@example.org", file);
            enqueue("bulletin:7:c", "c@example.org", null);
            return file;
        });

        assertThat(sender.deliverDue()).isEqualTo(3);

        verify(attachments, times(1)).load(id);
        for (String to : List.of("a@example.org", "b@example.org")) {
            MimeMessage received = receivedBy(to);
            assertThat(new ContentType(received.getContentType()).getBaseType()).isEqualTo("multipart/mixed");
            List<Part> files = attachmentsOf(received);
            assertThat(files).hasSize(1);
            Part file = files.get(0);
            assertThat(file.getFileName()).isEqualTo(FILE_NAME);
            assertThat(MimeUtility.decodeText(new ContentType(file.getContentType()).getParameter("name")))
                    .as("the name older clients read")
                    .isEqualTo(FILE_NAME);
            assertThat(new ContentType(file.getContentType()).getBaseType()).isEqualTo("application/pdf");
            assertThat(file.getInputStream().readAllBytes()).isEqualTo(pdf);
            ReceivedMail mail = ReceivedMail.of(received);
            assertThat(mail.text()).contains("本期要情摘报见附件。");
            assertThat(mail.html()).contains("本期要情摘报见附件。");
        }
        assertThat(attachmentsOf(receivedBy("c@example.org"))).isEmpty();
        assertThat(rows("outbox_attachment")).isEqualTo(1);
    }

    @Test
    void theFileNameIsWrittenInUtf8AsRfc2231AndAsAnEncodedWord() throws Exception {
        tx.executeWithoutResult(s ->
                enqueue("bulletin:8:a", "a@example.org", outbox.attach(FILE_NAME, "application/pdf", pdf(1024, 8))));

        assertThat(sender.deliverDue()).isEqualTo(1);

        Part file = attachmentsOf(receivedBy("a@example.org")).get(0);
        String disposition =
                String.join("", file.getHeader("Content-Disposition")).replaceAll("\\s", "");
        assertThat(disposition).startsWith("attachment;").contains("filename*").contains("UTF-8''%E5%B7%A5%E4%BC%9A");
        assertThat(String.join("", file.getHeader("Content-Type"))).contains("name=\"=?UTF-8?B?");
    }

    @Test
    void theSameFileAttachedTwiceIsStoredOnceAndAnotherFileApart() {
        byte[] pdf = pdf(2048, 9);
        List<Long> ids = tx.execute(s -> List.of(
                outbox.attach(FILE_NAME, "application/pdf", pdf),
                outbox.attach(FILE_NAME, "application/pdf", pdf.clone()),
                outbox.attach("第8期.pdf", "application/pdf", pdf),
                outbox.attach(FILE_NAME, "application/pdf", pdf(2048, 10))));

        assertThat(ids.get(1)).isEqualTo(ids.get(0));
        assertThat(ids.subList(1, 4)).doesNotHaveDuplicates();
        assertThat(rows("outbox_attachment")).isEqualTo(3);
    }

    @Test
    void aFileIsAttachedOnlyInTheCausingTransaction() {
        assertThatThrownBy(() -> outbox.attach(FILE_NAME, "application/pdf", pdf(10, 1)))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> outbox.attach(FILE_NAME, "application/pdf", new byte[0])))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNoticeCannotCarryAFileThatWasNeverStored() {
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> enqueue("bulletin:9:a", "a@example.org", 999_999L)))
                .isInstanceOf(DataAccessException.class);
        assertThat(outbox.exists("bulletin:9:a")).isFalse();
    }

    private void enqueue(String key, String email, Long file) {
        Notice notice = new Notice(
                key, "TEST", "收件人", email, "工会要情摘报 2026年第7期", List.of("本期要情摘报见附件。"), "/bulletins", null, null);
        outbox.enqueue(file == null ? notice : notice.withAttachment(file));
    }

    private MimeMessage receivedBy(String email) {
        List<MimeMessage> found = Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> ReceivedMail.of(m).to().equals(email))
                .toList();
        assertThat(found).as("messages to " + email).hasSize(1);
        return found.get(0);
    }

    /** The parts of the message marked as attachments, searching nested multiparts. */
    private static List<Part> attachmentsOf(Part part) throws MessagingException, IOException {
        List<Part> found = new ArrayList<>();
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            found.add(part);
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                found.addAll(attachmentsOf(child));
            }
        }
        return found;
    }

    /** Bytes that look like a PDF and cover every byte value, so any damage in transfer shows. */
    private static byte[] pdf(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, Math.min(header.length, size));
        return bytes;
    }
}
