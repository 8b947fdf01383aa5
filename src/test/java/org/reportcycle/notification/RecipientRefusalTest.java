package org.reportcycle.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportcycle.notification.OutboxMessage.Status;
import org.reportcycle.support.SmtpPeerTestBase;
import org.reportcycle.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recipients an SMTP server refuses, over a real SMTP conversation: a 5xx to RCPT TO fails that message for good
 * with the server's words, a 4xx is tried again later, and either way the rest of the batch goes out over the
 * same connection. The office reads it all through {@link Outbox#deliveries}.
 */
class RecipientRefusalTest extends SmtpPeerTestBase {

    @Autowired
    private OutboxSender sender;

    @Autowired
    private Outbox outbox;

    @Autowired
    private TransactionTemplate tx;

    @Test
    void anAddressTheServerRefusesFailsAtOnceWithItsAnswerAndTheRestOfTheBatchIsSent() {
        PEER.answer(
                "gone@example.org", "550 5.1.1 <gone@example.org>: Recipient address rejected: mailbox unavailable");
        enqueue("distribution:42:", "a@example.org", "gone@example.org", "c@example.org");

        assertThat(sender.deliverDue()).isEqualTo(2);

        List<Delivery> deliveries = deliveries("distribution:42:");
        assertThat(deliveries)
                .extracting(Delivery::recipientEmail, Delivery::status, Delivery::attempts)
                .containsExactly(
                        tuple("a@example.org", Status.SENT, 1),
                        tuple("gone@example.org", Status.FAILED, 1),
                        tuple("c@example.org", Status.SENT, 1));
        assertThat(deliveries.get(1).lastError())
                .isEqualTo("550 5.1.1 <gone@example.org>: Recipient address rejected: mailbox unavailable");
        assertThat(deliveries.get(1).sentAt()).isNull();
        assertThat(deliveries.get(0).sentAt()).isNotNull();
        assertThat(PEER.acceptedRecipients())
                .as("the message after the refused one went over the same connection")
                .containsExactly(List.of("a@example.org"), List.of("c@example.org"));
        assertThat(PEER.connections()).isEqualTo(1);

        TestClock.setTo(NOVEMBER_2026_OPENING.plusDays(1));
        assertThat(sender.deliverDue())
                .as("a refused address is not tried again")
                .isZero();
        assertThat(PEER.connections()).isEqualTo(1);
    }

    @Test
    void anAddressRefusedForNowIsTriedAgainAfterTheFirstRetryDelay() {
        PEER.answer("busy@example.org", "450 4.2.1 <busy@example.org>: mailbox busy, try again later");
        enqueue("distribution:43:", "busy@example.org", "b@example.org");

        assertThat(sender.deliverDue()).isEqualTo(1);
        Delivery busy = deliveries("distribution:43:").get(0);
        assertThat(busy.status()).isEqualTo(Status.PENDING);
        assertThat(busy.attempts()).isEqualTo(1);
        assertThat(busy.lastError()).isEqualTo("450 4.2.1 <busy@example.org>: mailbox busy, try again later");

        PEER.reset();
        assertThat(sender.deliverDue()).as("not before the retry is due").isZero();
        TestClock.setTo(NOVEMBER_2026_OPENING.plusMinutes(1));
        assertThat(sender.deliverDue()).isEqualTo(1);
        assertThat(deliveries("distribution:43:"))
                .extracting(Delivery::status, Delivery::attempts, Delivery::lastError)
                .containsExactly(tuple(Status.SENT, 2, null), tuple(Status.SENT, 1, null));
        assertThat(PEER.acceptedRecipients()).containsExactly(List.of("busy@example.org"));
    }

    @Test
    void anAddressThatIsNoAddressFailsAtOnceWithoutReachingTheServer() {
        enqueue("distribution:44:", "a@example.org", "someone at example.org", "c@example.org");

        assertThat(sender.deliverDue()).isEqualTo(2);

        assertThat(deliveries("distribution:44:"))
                .extracting(Delivery::status)
                .containsExactly(Status.SENT, Status.FAILED, Status.SENT);
        assertThat(deliveries("distribution:44:").get(1).lastError())
                .startsWith("not an email address: \"someone at example.org\"");
        assertThat(PEER.acceptedRecipients()).containsExactly(List.of("a@example.org"), List.of("c@example.org"));
    }

    @Test
    void deliveriesAreThoseOfTheKeyPrefixOnlyInTheOrderWritten() {
        enqueue("distribution:4:", "x@example.org");
        enqueue("distribution:45:", "y@example.org", "z@example.org");
        enqueue("list_1:", "u@example.org");
        enqueue("listX1:", "v@example.org");

        assertThat(deliveries("distribution:45:"))
                .extracting(Delivery::recipientEmail)
                .containsExactly("y@example.org", "z@example.org");
        assertThat(deliveries("distribution:4:"))
                .extracting(Delivery::recipientEmail)
                .containsExactly("x@example.org");
        assertThat(deliveries("list_1:"))
                .as("an underscore is no wildcard")
                .extracting(Delivery::recipientEmail)
                .containsExactly("u@example.org");
        assertThat(deliveries("distribution:45:").get(0))
                .extracting(Delivery::status, Delivery::attempts)
                .containsExactly(Status.PENDING, 0);
    }

    private void enqueue(String keyPrefix, String... emails) {
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < emails.length; i++) {
                outbox.enqueue(Notice.of(
                        keyPrefix + emails[i], "TEST", "收件人" + i, emails[i], "第" + i + "封", "/bulletins", "正文"));
            }
        });
    }

    private List<Delivery> deliveries(String keyPrefix) {
        return outbox.deliveries(new NoticeKey.Prefix(keyPrefix));
    }
}
