package org.reportcycle.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reportcycle.notification.Notice;
import org.reportcycle.notification.Outbox;
import org.reportcycle.notification.OutboxSender;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.support.SimulatedDays;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery into a real SMTP server: the server is down for a whole simulated day in the middle of the reminder
 * ladder and every reminder email still arrives exactly once, at its first attempt once the server is back (an
 * outage is charged to no message); a message that cannot be sent fails alone.
 */
class MailDeliveryTest extends CycleTestBase {

    private static final LocalDate OUTAGE = LocalDate.of(2026, 11, 30);

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

    /** What arrived before the server went down (a restarted GreenMail starts empty). */
    private final List<MimeMessage> receivedBeforeOutage = new java.util.ArrayList<>();

    @Test
    void remindersWrittenDuringAnOutageArriveOnceWhenTheServerIsBack() throws MessagingException {
        String p = "2026-11";
        SimulatedDays days = new SimulatedDays(context);
        for (LocalDate day = LocalDate.of(2026, 11, 24);
                !day.isAfter(LocalDate.of(2026, 12, 3));
                day = day.plusDays(1)) {
            LocalDate today = day;
            days.on(day, () -> deliver(today));
        }
        days.on(
                LocalDate.of(2026, 11, 25),
                () -> List.of("BGS", "XJB", "QYB", "JCB", "JJB", "NZG").forEach(d -> cycle.submit(p, d)));
        days.run(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 12, 3));

        List<String> written = jdbc.sql("SELECT recipient_email || ' ' || subject FROM outbox_message "
                        + "WHERE kind = 'REMINDER_DIGEST' ORDER BY id")
                .query(String.class)
                .list();
        assertThat(written).as("digests were written on the outage day too").hasSizeGreaterThan(4);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE kind = 'REMINDER_DIGEST' AND attempts <> 1")
                        .query(Long.class)
                        .single())
                .as("an outage is charged to no message: each went out at its first attempt")
                .isZero();
        assertThat(jdbc.sql("SELECT created_at, sent_at FROM outbox_message WHERE kind = 'REMINDER_DIGEST'")
                        .query((rs, row) -> Duration.between(
                                rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class)))
                        .list())
                .as("the outage day's digests went out the day after")
                .anyMatch(d -> d.toHours() >= 12);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE status <> 'SENT'")
                        .query(Long.class)
                        .single())
                .isZero();

        Map<String, Long> received = receivedDigests();
        assertThat(received.values()).as("no digest arrived twice").allMatch(n -> n == 1);
        assertThat(received.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        jdbc
                                .sql("SELECT id FROM outbox_message WHERE kind = 'REMINDER_DIGEST'")
                                .query(Long.class)
                                .list()
                                .stream()
                                .map(String::valueOf)
                                .toList());
    }

    @Test
    void aMessageThatCannotBeSentFailsAloneAndTheOthersArrive() throws MessagingException {
        tx.executeWithoutResult(s -> {
            outbox.enqueue(Notice.of("t:1", "TEST", "甲", "a@example.org", "第一封", "/tasks", "正文"));
            outbox.enqueue(Notice.of("t:2", "TEST", "乙", "not an address", "第二封", "/tasks", "正文"));
            outbox.enqueue(Notice.of("t:3", "TEST", "丙", "c@example.org", "第三封", "/tasks", "正文"));
        });

        assertThat(sender.deliverDue()).isEqualTo(2);

        assertThat(SMTP.getReceivedMessages())
                .extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder("第一封", "第三封");
        assertThat(jdbc.sql("SELECT status || ' ' || attempts FROM outbox_message WHERE kind = 'TEST' ORDER BY id")
                        .query(String.class)
                        .list())
                .containsExactly("SENT 1", "FAILED 1", "SENT 1");
        assertThat(jdbc.sql("SELECT last_error FROM outbox_message WHERE idempotency_key = 't:2'")
                        .query(String.class)
                        .single())
                .isNotBlank();
        assertThat(sender.deliverDue()).isZero();
    }

    /** Delivers the day's mail at 10:00; on the outage day the server is down and nothing leaves. */
    private void deliver(LocalDate day) {
        if (day.equals(OUTAGE)) {
            receivedBeforeOutage.addAll(List.of(SMTP.getReceivedMessages()));
            SMTP.stop();
            assertThat(sender.deliverDue()).isZero();
            return;
        }
        if (day.equals(OUTAGE.plusDays(1))) {
            SMTP.start();
        }
        sender.deliverDue();
    }

    /** How many times each digest (by its outbox id, carried in the Message-ID) arrived. */
    private Map<String, Long> receivedDigests() throws MessagingException {
        List<String> ids = new java.util.ArrayList<>();
        List<MimeMessage> all = new java.util.ArrayList<>(receivedBeforeOutage);
        all.addAll(List.of(SMTP.getReceivedMessages()));
        for (MimeMessage m : all) {
            String id = m.getMessageID();
            if (m.getSubject().contains("今日待办提醒")) {
                ids.add(id.substring(id.indexOf('.') + 1, id.indexOf('@')));
            }
        }
        return ids.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    }
}
