package org.reportcycle.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ch.qos.logback.classic.Level;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportcycle.notification.OutboxMessage.Status;
import org.reportcycle.support.SmtpPeer;
import org.reportcycle.support.SmtpPeerTestBase;
import org.reportcycle.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * The outbox sender against a real SMTP peer that fails in the ways servers do: down for longer than the time for
 * retrying, refusing some recipients for good or for now, answering 421, dropping the connection in the middle
 * of a batch; and a node that died holding an email. Every delivery is counted: nothing is lost, nothing goes out
 * twice.
 */
class OutboxSenderFaultTest extends SmtpPeerTestBase {

    @Autowired
    private Outbox outbox;

    @Autowired
    private TransactionTemplate tx;

    @Autowired
    private Clock clock;

    @Autowired
    private UserDetailsService accounts;

    @Test
    void whileTheServerIsDownNothingIsChargedAndTheEmailsGoOutAtTheFirstPollItAnswers() {
        List<String> to = enqueue("distribution:91:", "a@example.org", "b@example.org", "c@example.org");
        try (OutboxSender node = OtherNode.sender(context);
                CapturedLogs logs = new CapturedLogs()) {
            PEER.down();
            try {
                assertThat(node.deliverDue()).isZero();
                TestClock.setTo(NOVEMBER_2026_OPENING.plusMinutes(30));
                assertThat(node.deliverDue()).isZero();
                assertThat(node.unreachableSince())
                        .contains(NOVEMBER_2026_OPENING
                                .atZone(TestClock.OFFICE_ZONE)
                                .toInstant());
                assertThat(deliveries("distribution:91:"))
                        .extracting(Delivery::status, Delivery::attempts, Delivery::lastError)
                        .containsOnly(tuple(Status.PENDING, 0, null));
            } finally {
                PEER.up();
            }
            assertThat(node.deliverDue()).isEqualTo(3);

            assertThat(node.unreachableSince()).isEmpty();
            assertThat(to)
                    .allSatisfy(
                            address -> assertThat(PEER.deliveriesTo(address)).isEqualTo(1));
            assertThat(PEER.accepted()).hasSize(3);
            assertThat(deliveries("distribution:91:"))
                    .extracting(Delivery::status, Delivery::attempts)
                    .containsOnly(tuple(Status.SENT, 1));
            assertThat(logs.at(Level.WARN))
                    .as("one warning for the outage, not one per poll")
                    .filteredOn(line -> line.startsWith("Mail server not reachable"))
                    .hasSize(1);
            assertThat(logs.at(Level.INFO))
                    .filteredOn(line -> line.startsWith("Mail server reachable again"))
                    .containsExactly("Mail server reachable again after PT30M; waiting emails go out now");
        }
    }

    @Test
    void anEmailNotSentWithinTheTimeForRetryingFailsWithWhyAndEachMailingIsLoggedAsAnErrorOnce() {
        PEER.answer("busy@example.org", "451 4.3.0 <busy@example.org>: try again later");
        enqueue("distribution:91:", "a@example.org", "busy@example.org");
        try (OutboxSender node = OtherNode.sender(context);
                CapturedLogs logs = new CapturedLogs()) {
            assertThat(node.deliverDue()).isEqualTo(1);
            PEER.down();
            try {
                enqueue("distribution:92:", "c@example.org", "d@example.org");
                TestClock.setTo(NOVEMBER_2026_OPENING.plusDays(7).minusMinutes(1));
                assertThat(node.deliverDue()).isZero();
                assertThat(statuses("distribution:92:")).containsOnly(Status.PENDING);
                TestClock.setTo(NOVEMBER_2026_OPENING.plusDays(7).plusSeconds(1));
                assertThat(node.deliverDue()).isZero();
                assertThat(node.deliverDue()).isZero();
            } finally {
                PEER.up();
            }
            assertThat(node.deliverDue()).isZero();

            assertThat(deliveries("distribution:91:"))
                    .extracting(Delivery::status, Delivery::lastError)
                    .containsExactly(
                            tuple(Status.SENT, null),
                            tuple(
                                    Status.FAILED,
                                    "gave up after P7D of retrying; last: 451 4.3.0 <busy@example.org>: try again later"));
            assertThat(deliveries("distribution:92:"))
                    .extracting(Delivery::status, Delivery::lastError)
                    .containsOnly(
                            tuple(Status.FAILED, "gave up after P7D of retrying; last: mail server not reachable"));
            assertThat(PEER.accepted())
                    .extracting(SmtpPeer.Accepted::recipients)
                    .containsExactly(List.of("a@example.org"));
            assertThat(logs.at(Level.ERROR))
                    .containsExactly(
                            "Mailing distribution:91: will not be complete: email " + id("busy@example.org")
                                    + " failed for good; 1 delivered, 0 pending, 1 failed",
                            "Mailing distribution:92: will not be complete: email " + id("c@example.org")
                                    + " failed for good; 0 delivered, 1 pending, 1 failed");
        }
    }

    @Test
    void aRecipientRefusedForGoodFailsAtOnceAndOneRefusedForNowIsRetriedAtMostAnHourApart() {
        PEER.answer("gone@example.org", "550 5.1.1 <gone@example.org>: mailbox unavailable");
        PEER.answer("full@example.org", "552 5.2.2 <full@example.org>: mailbox full");
        List<String> to =
                enqueue("distribution:93:", "a@example.org", "gone@example.org", "full@example.org", "b@example.org");

        assertThat(sender().deliverDue()).isEqualTo(2);
        List<Duration> delays = new ArrayList<>();
        for (int attempt = 2; attempt <= 9; attempt++) {
            Delivery full = delivery("full@example.org");
            delays.add(Duration.between(clock.instant(), full.nextAttemptAt().toInstant()));
            TestClock.setTo(full.nextAttemptAt()
                    .atZoneSameInstant(TestClock.OFFICE_ZONE)
                    .toLocalDateTime());
            if (attempt == 9) {
                PEER.stopAnswering("full@example.org");
            }
            assertThat(sender().deliverDue()).isEqualTo(attempt == 9 ? 1 : 0);
        }

        assertThat(delays).extracting(Duration::toMinutes).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L);
        assertThat(deliveries("distribution:93:"))
                .extracting(Delivery::status, Delivery::attempts)
                .containsExactly(
                        tuple(Status.SENT, 1), tuple(Status.FAILED, 1), tuple(Status.SENT, 9), tuple(Status.SENT, 1));
        assertThat(delivery("gone@example.org").lastError())
                .isEqualTo("550 5.1.1 <gone@example.org>: mailbox unavailable");
        assertThat(PEER.deliveriesTo("gone@example.org")).isZero();
        assertThat(to)
                .filteredOn(address -> !address.startsWith("gone"))
                .allSatisfy(address -> assertThat(PEER.deliveriesTo(address)).isEqualTo(1));
    }

    @Test
    void aServerThatAnswers421IsUnavailableAndChargesNothing() {
        PEER.answer("a@example.org", "421 4.3.2 shutting down, try later");
        enqueue("distribution:94:", "a@example.org", "b@example.org");
        try (OutboxSender node = OtherNode.sender(context)) {
            assertThat(node.deliverDue()).isZero();
            assertThat(node.unreachableSince()).isPresent();
            assertThat(deliveries("distribution:94:"))
                    .extracting(Delivery::status, Delivery::attempts)
                    .containsOnly(tuple(Status.PENDING, 0));

            PEER.stopAnswering("a@example.org");
            assertThat(node.deliverDue()).isEqualTo(2);
            assertThat(PEER.accepted()).hasSize(2);
        }
    }

    @Test
    void aConnectionDroppedMidBatchRetriesThatEmailAndTheRestGoOutOverANewConnection() {
        List<String> to = enqueue(
                "distribution:95:",
                "a@example.org",
                "b@example.org",
                "c@example.org",
                "d@example.org",
                "e@example.org",
                "f@example.org");
        PEER.dropConnectionAtData(3);

        assertThat(sender().deliverDue()).isEqualTo(5);
        Delivery dropped = delivery("c@example.org");
        assertThat(dropped).extracting(Delivery::status, Delivery::attempts).containsExactly(Status.PENDING, 1);
        assertThat(dropped.lastError()).isNotBlank();
        assertThat(dropped.nextAttemptAt().toInstant())
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(PEER.connections())
                .as("the sender connected again after the drop")
                .isEqualTo(2);

        TestClock.setTo(NOVEMBER_2026_OPENING.plusMinutes(1));
        assertThat(sender().deliverDue()).isEqualTo(1);
        assertThat(to)
                .allSatisfy(address -> assertThat(PEER.deliveriesTo(address)).isEqualTo(1));
        assertThat(PEER.accepted()).hasSize(6);
        assertThat(PEER.accepted())
                .extracting(SmtpPeer.Accepted::messageId)
                .as("the stable Message-ID")
                .allMatch(id -> id.matches("<[0-9a-f]{32}\\.\\d+@reportcycle>"));
        assertThat(statuses("distribution:95:")).containsOnly(Status.SENT);
    }

    @Test
    void theSenderRefusesToRunInsideATransactionWhereItsClaimsWouldNotCountAtOnce() {
        enqueue("distribution:99:", "a@example.org");

        assertThatThrownBy(() -> tx.executeWithoutResult(s -> sender().deliverDue()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(PEER.accepted()).isEmpty();
        assertThat(sender().deliverDue()).isEqualTo(1);
    }

    @Test
    void anEmailADeadNodeHeldGoesOutOnceItsHoldRunsOutAndTheOthersAtOnce() {
        List<String> to = enqueue("distribution:96:", "a@example.org", "b@example.org", "c@example.org");
        jdbc.sql("UPDATE outbox_message SET claimed_by = 'dead-node', claimed_until = ? WHERE recipient_email = ?")
                .params(Timestamp.from(clock.instant().plus(Duration.ofMinutes(2))), "b@example.org")
                .update();

        assertThat(sender().deliverDue()).isEqualTo(2);
        assertThat(PEER.deliveriesTo("b@example.org")).isZero();
        TestClock.setTo(NOVEMBER_2026_OPENING.plusMinutes(2));
        assertThat(sender().deliverDue()).as("not while the hold lasts").isZero();
        TestClock.setTo(NOVEMBER_2026_OPENING.plusMinutes(2).plusSeconds(1));
        assertThat(sender().deliverDue()).isEqualTo(1);

        assertThat(to)
                .allSatisfy(address -> assertThat(PEER.deliveriesTo(address)).isEqualTo(1));
        assertThat(statuses("distribution:96:")).containsOnly(Status.SENT);
    }

    private OutboxSender sender() {
        return context.getBean(OutboxSender.class);
    }

    private Delivery delivery(String email) {
        return jdbc
                .sql("SELECT idempotency_key FROM outbox_message WHERE recipient_email = ?")
                .param(email)
                .query(String.class)
                .list()
                .stream()
                .map(key -> deliveries(key).get(0))
                .findFirst()
                .orElseThrow();
    }

    private long id(String email) {
        return delivery(email).id();
    }

    private List<Status> statuses(String keyPrefix) {
        return deliveries(keyPrefix).stream().map(Delivery::status).toList();
    }

    @Test
    void theOutboxPageSaysSinceWhenTheServerCannotBeReachedUntilItAnswersAgain() throws Exception {
        enqueue("distribution:97:", "page@example.org");
        OutboxSender node = context.getBean(OutboxSender.class);
        MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .apply(springSecurity())
                .build();
        PEER.down();
        try {
            assertThat(node.deliverDue()).isZero();
            mvc.perform(get("/outbox").with(user(accounts.loadUserByUsername("office"))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("自 2026-11-25 09:00 起无法连接邮件服务器")));
        } finally {
            PEER.up();
        }
        assertThat(node.deliverDue()).isEqualTo(1);
        mvc.perform(get("/outbox").with(user(accounts.loadUserByUsername("office"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("无法连接邮件服务器"))));
        assertThat(PEER.deliveriesTo("page@example.org")).isEqualTo(1);
    }

    private List<String> enqueue(String keyPrefix, String... emails) {
        tx.executeWithoutResult(s -> {
            for (String email : emails) {
                outbox.enqueue(Notice.of(keyPrefix + email, "TEST", "收件人", email, "通知", "/bulletins", "正文"));
            }
        });
        return List.of(emails);
    }

    private List<Delivery> deliveries(String keyPrefix) {
        return outbox.deliveries(new NoticeKey.Prefix(keyPrefix));
    }
}
