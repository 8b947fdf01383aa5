package org.reportcycle.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.support.SmtpPeer;
import org.reportcycle.support.SmtpPeerTestBase;
import org.reportcycle.support.TestClock;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two senders (two nodes) on one database and a slow SMTP server, in real time: each email takes the server
 * longer than a node's hold lasts, so only the renewed hold keeps the other node off it. Every email goes out
 * once; a node stopped in the middle of a send repeats at most that one email. The subclass runs it on PostgreSQL.
 */
class OutboxTwoSendersTest extends SmtpPeerTestBase {

    /** Shorter than any email takes the slow server, so a hold that is not renewed runs out in mid-send. */
    static final Duration HOLD = Duration.ofMillis(400);
    /** Uneven, as a real server's are, so that one node polls while the other is in the middle of a send. */
    static final Duration[] PER_EMAIL = {Duration.ofMillis(900), Duration.ofMillis(550), Duration.ofMillis(1300)};

    static final int EMAILS = 10;

    @Autowired
    private Outbox outbox;

    @Autowired
    private TransactionTemplate tx;

    @Autowired
    private DataSource dataSource;

    private final ExecutorService nodes = Executors.newFixedThreadPool(2);

    @BeforeEach
    void realTimeAndASlowServer() {
        TestClock.reset();
        PEER.slow(PER_EMAIL[0], PER_EMAIL[1], PER_EMAIL[2]);
    }

    @AfterEach
    void stopNodes() {
        nodes.shutdownNow();
    }

    @Test
    void twoNodesPollingASlowServerSendEveryEmailExactlyOnce() throws Exception {
        List<String> to = enqueue("distribution:97:");
        try (OutboxSender one = OtherNode.sender(context, jdbc, HOLD, 2);
                OutboxSender two = OtherNode.sender(context, jdbc, HOLD, 2)) {
            Future<Integer> first = nodes.submit(() -> pollUntilAllSent(one));
            Future<Integer> second = nodes.submit(() -> pollUntilAllSent(two));
            int sentByOne = first.get(60, TimeUnit.SECONDS);
            int sentByTwo = second.get(60, TimeUnit.SECONDS);

            LoggerFactory.getLogger(OutboxTwoSendersTest.class)
                    .info(
                            "Two nodes: {} and {} emails sent, {} accepted",
                            sentByOne,
                            sentByTwo,
                            PEER.accepted().size());
            assertThat(sentByOne + sentByTwo).isEqualTo(EMAILS);
            assertThat(sentByOne).as("the nodes share the work").isPositive();
            assertThat(sentByTwo).as("the nodes share the work").isPositive();
        }
        assertThat(to)
                .allSatisfy(address ->
                        assertThat(PEER.deliveriesTo(address)).as(address).isEqualTo(1));
        assertThat(PEER.accepted()).hasSize(EMAILS);
        assertThat(PEER.accepted()).extracting(SmtpPeer.Accepted::messageId).doesNotHaveDuplicates();
        assertThat(jdbc.sql("SELECT status || ' ' || attempts FROM outbox_message")
                        .query(String.class)
                        .list())
                .hasSize(EMAILS)
                .containsOnly("SENT 1");
    }

    @Test
    void aNodeStoppedMidSendRepeatsOnlyTheEmailInFlightAndTheOtherNodeSendsTheRest() throws Exception {
        List<String> to = enqueue("distribution:98:");
        CutOffDataSource lost = new CutOffDataSource(dataSource);
        int dataBefore = PEER.dataCommands();
        try (OutboxSender dying = OtherNode.sender(context, JdbcClient.create(lost), HOLD, EMAILS);
                OutboxSender survivor = OtherNode.sender(context, jdbc, HOLD, EMAILS)) {
            Future<Integer> stopped = nodes.submit(dying::deliverDue);
            await().atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(5))
                    .until(() -> PEER.dataCommands() - dataBefore >= 4);
            lost.cutOff(); // the node can no longer record anything, as if it had been killed
            assertThatThrownBy(() -> stopped.get(20, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(DataAccessException.class);
            assertThat(pollUntilAllSent(survivor)).isEqualTo(EMAILS - 3);
        }
        assertThat(PEER.deliveriesTo(to.get(3)))
                .as("the email in flight when the node stopped")
                .isEqualTo(2);
        String repeated = PEER.accepted().stream()
                .filter(a -> a.recipients().contains(to.get(3)))
                .findFirst()
                .orElseThrow()
                .messageId();
        assertThat(PEER.deliveriesOf(repeated))
                .as("a receiver can tell the repeat by its Message-ID")
                .isEqualTo(2);
        assertThat(to)
                .filteredOn(address -> !address.equals(to.get(3)))
                .allSatisfy(address ->
                        assertThat(PEER.deliveriesTo(address)).as(address).isEqualTo(1));
        assertThat(PEER.accepted()).hasSize(EMAILS + 1);
        assertThat(jdbc.sql("SELECT status FROM outbox_message")
                        .query(String.class)
                        .list())
                .hasSize(EMAILS)
                .containsOnly("SENT");
    }

    /** Polls as the scheduler does until no email is pending; returns how many this node sent. */
    private int pollUntilAllSent(OutboxSender node) {
        AtomicInteger sent = new AtomicInteger();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    sent.addAndGet(node.deliverDue());
                    return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE status = 'PENDING'")
                                    .query(Long.class)
                                    .single()
                            == 0;
                });
        return sent.get();
    }

    private List<String> enqueue(String keyPrefix) {
        List<String> emails = IntStream.range(0, EMAILS)
                .mapToObj(i -> "r" + i + "@example.org")
                .toList();
        tx.executeWithoutResult(s -> emails.forEach(
                email -> outbox.enqueue(Notice.of(keyPrefix + email, "TEST", "收件人", email, "通知", "/bulletins", "正文"))));
        return emails;
    }

    /** The database as a node sees it until {@link #cutOff()}, then not at all. */
    private static final class CutOffDataSource extends DelegatingDataSource {

        private volatile boolean cut;

        CutOffDataSource(DataSource target) {
            super(target);
        }

        void cutOff() {
            cut = true;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (cut) {
                throw new SQLException("this node is gone");
            }
            return super.getConnection();
        }
    }
}
