package org.reportcycle.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reportcycle.bulletin.Bulletin;
import org.reportcycle.bulletin.BulletinSignOff;
import org.reportcycle.bulletin.SpecialIssueDraft;
import org.reportcycle.bulletin.SpecialIssues;
import org.reportcycle.support.AppNode;
import org.reportcycle.support.CycleDriver;
import org.reportcycle.support.DemoUsers;
import org.reportcycle.support.PostgresSchema;
import org.reportcycle.support.SmtpPeer;
import org.reportcycle.support.TestClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two nodes (two application contexts in this JVM, each with its own process engine, job executor and outbox
 * sender) share one fresh PostgreSQL schema and one slow SMTP server, and live a month: the cycle opens on its
 * timer, heads submit (some late, so reminders and digests go out), the office compiles and sends to sign-off,
 * the signer approves on the other node, publish and distribute run on whichever node's executor takes them,
 * and the issue goes to 40 addresses. Every email arrives once, every job runs once. Then a node is killed while
 * the server takes its messages: the other finishes, with at most one repeat per email the dead node had in
 * flight. Time is the test's clock (shared by both engines); the test waits until the nodes are idle before it
 * moves it, so no job lock or email hold runs out under a node that is still working. Runs with -Ppostgres.
 */
@Tag("postgres")
class TwoNodesPostgresTest {

    private static final Logger log = LoggerFactory.getLogger(TwoNodesPostgresTest.class);

    /** The SMTP server's time per message: slow enough that both nodes send at once, short enough for CI. */
    static final Duration SLOW = Duration.ofMillis(250);
    static final int ADDRESSES = 40;
    private static final String PERIOD = "2026-11";
    private static final Duration IDLE_WITHIN = Duration.ofSeconds(90);

    private final PostgresSchema schema = new PostgresSchema();
    private SmtpPeer smtp;
    private AppNode a;
    private AppNode b;
    private JdbcClient db;

    @BeforeEach
    void startTwoNodes() {
        TestClock.setTo(LocalDateTime.of(2026, 11, 24, 7, 0));
        smtp = SmtpPeer.start();
        smtp.slow(SLOW);
        Map<String, Object> properties = new HashMap<>(schema.create());
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", smtp.port());
        // Small batches, so that both senders share a distribution; looking often, so the test waits little.
        properties.put("reportcycle.mail.batch-size", 5);
        properties.put("reportcycle.mail.poll", "PT0.1S");
        properties.put("camunda.bpm.job-execution.wait-time-in-millis", 100);
        properties.put("camunda.bpm.job-execution.max-wait", 200);
        a = AppNode.start("node-a", properties);
        b = AppNode.start("node-b", properties);
        db = JdbcClient.create(new DriverManagerDataSource(PostgresSchema.SERVER + "?currentSchema=" + schema.name(),
            PostgresSchema.USER, ""));
    }

    @AfterEach
    void stopEverything() {
        for (AppNode node : new AppNode[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
        smtp.close();
        TestClock.reset();
        schema.drop();
    }

    @Test
    void twoNodesLiveAMonthSendingEveryEmailAndRunningEveryJobOnce() {
        CycleDriver office = new CycleDriver(a.context());
        CycleDriver signer = new CycleDriver(b.context());
        alignDailyTimers(a.engine().getManagementService(), LocalDate.of(2026, 11, 24));
        LocalDate day = LocalDate.of(2026, 11, 24);
        liveUntilWork(day);
        liveUntilWork(day = day.plusDays(1));
        assertThat(office.find(PERIOD)).as("opened on its timer on WD-3").isNotNull();
        List<String> departments = office.departments(PERIOD);
        int early = departments.size() / 2;
        departments.subList(0, early).forEach(d -> submitAndAccept(office, d));
        while (day.isBefore(LocalDate.of(2026, 11, 30))) {
            liveUntilWork(day = day.plusDays(1));
        }
        departments.subList(early, departments.size() - 2).forEach(d -> submitAndAccept(office, d));
        liveUntilWork(day = day.plusDays(1));
        departments.subList(departments.size() - 2, departments.size()).forEach(d -> submitAndAccept(office, d));
        Bulletin draft = office.bulletin(PERIOD);
        List<String> addresses = listFortyRecipients(draft.id(), "m");
        office.sendToSignOff(PERIOD);
        signer.approve(PERIOD);
        awaitIdle();

        log.info("Month on two nodes: {} emails delivered, {} digests, jobs run per node {}", smtp.accepted().size(),
            count("SELECT COUNT(*) FROM outbox_message WHERE kind = 'REMINDER_DIGEST'"), jobsPerNode());
        assertThat(office.status(PERIOD).name()).isEqualTo("PUBLISHED");
        assertEveryEmailSentAndDeliveredOnce();
        addresses.forEach(address -> assertThat(smtp.deliveriesTo(address)).as(address).isEqualTo(1));
        assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE kind = 'REMINDER_DIGEST'")).as("digests")
            .isPositive();
        assertThat(count("SELECT COUNT(*) FROM reminder WHERE status = 'SENT' AND digest_key IS NOT NULL"))
            .as("reminders, each in one digest").isPositive()
            .isEqualTo(count("SELECT COUNT(*) FROM reminder WHERE status <> 'CANCELLED'"));
        assertEachJobRanOnce();
        assertThat(db.sql("SELECT step || ' ' || subject FROM step_attempt WHERE finished_at IS NOT NULL ORDER BY id")
            .query(String.class).list()).containsExactly("publish " + PERIOD, "distribute " + PERIOD);
    }

    @Test
    void aNodeKilledWhileSendingLeavesTheRestToTheOtherWithAtMostOneRepeatPerEmailInFlight() {
        TestClock.setTo(LocalDateTime.of(2026, 12, 2, 10, 0));
        DemoUsers users = new CycleDriver(a.context()).users();
        Bulletin issue = a.bean(SpecialIssues.class).create(users.office(), new SpecialIssueDraft("关于安全生产的专刊",
            null, List.of(new SpecialIssueDraft.Item("开展安全检查。", "全市企业参加。")))).bulletin();
        listFortyRecipients(issue.id(), "s");
        BulletinSignOff signOff = a.bean(BulletinSignOff.class);
        signOff.sendToSignOff(users.office(), issue.key(), issue.version());
        signOff.approve(users.signer(), issue.key(), issue.version() + 1);
        await("a third of the issue delivered", () -> smtp.accepted().size() >= ADDRESSES / 3);

        int beforeKill = smtp.accepted().size();
        a.killHard();
        // The dead node's holds run out only with time: let the hold's length pass (and a second).
        TestClock.setTo(LocalDateTime.of(2026, 12, 2, 10, 2, 1));
        awaitIdle();

        long rows = count("SELECT COUNT(*) FROM outbox_message");
        assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE status = 'SENT'")).isEqualTo(rows);
        Map<String, Long> deliveries = deliveriesByMessageId();
        log.info("Killed node-a after {} deliveries: {} emails, {} deliveries, {} repeated", beforeKill, rows,
            smtp.accepted().size(), deliveries.values().stream().filter(n -> n > 1).count());
        assertThat(deliveries).as("every email arrived").hasSize((int) rows);
        assertThat(deliveries.values()).as("no email more than twice").allMatch(n -> n <= 2);
        assertThat(deliveries.values().stream().filter(n -> n == 2).count())
            .as("repeats: at most the one email the dead node had in flight").isLessThanOrEqualTo(1);
        assertEachJobRanOnce();
    }

    private void submitAndAccept(CycleDriver office, String department) {
        office.submit(PERIOD, department);
        office.accept(PERIOD, department);
        awaitIdle();
    }

    /** 08:00 (ladder timers), 09:00 (opening check, digests), then 10:00, each time until both nodes are idle. */
    private void liveUntilWork(LocalDate day) {
        for (LocalTime time : List.of(LocalTime.of(8, 0), LocalTime.of(9, 0), LocalTime.of(10, 0))) {
            TestClock.setTo(day, time);
            awaitIdle();
        }
    }

    /** The issue goes to 10 addresses on its 报 list and 30 on its 发 list instead of the organisation's. */
    private List<String> listFortyRecipients(long bulletinId, String prefix) {
        db.sql("DELETE FROM bulletin_recipient WHERE bulletin_id = ?").param(bulletinId).update();
        List<String> addresses = IntStream.range(0, ADDRESSES).mapToObj(i -> prefix + i + "@list.example.org")
            .toList();
        for (int i = 0; i < ADDRESSES; i++) {
            db.sql("""
                    INSERT INTO bulletin_recipient (bulletin_id, list_kind, position, name, email)
                    VALUES (?, ?, ?, ?, ?)""")
                .params(bulletinId, i < 10 ? "REPORT" : "DISTRIBUTE", i, "收件单位" + i, addresses.get(i)).update();
        }
        return addresses;
    }

    private void assertEveryEmailSentAndDeliveredOnce() {
        long rows = count("SELECT COUNT(*) FROM outbox_message");
        assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE status = 'SENT'")).isEqualTo(rows);
        Map<String, Long> deliveries = deliveriesByMessageId();
        assertThat(deliveries).hasSize((int) rows);
        assertThat(deliveries).as("each email once").allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1));
    }

    /** Each engine job succeeded once (whichever node ran it), none failed, nothing is left stuck. */
    private void assertEachJobRanOnce() {
        assertThat(db.sql("""
                SELECT job_id_ FROM act_hi_job_log WHERE job_state_ = 2 GROUP BY job_id_ HAVING COUNT(*) > 1""")
            .query(String.class).list()).as("jobs that succeeded twice").isEmpty();
        assertThat(count("SELECT COUNT(*) FROM act_hi_job_log WHERE job_state_ = 1")).as("failed runs").isZero();
        assertThat(count("SELECT COUNT(*) FROM act_ru_incident")).isZero();
        assertThat(count("SELECT COUNT(*) FROM step_attempt WHERE finished_at IS NULL")).as("steps begun, never done")
            .isZero();
    }

    private Map<String, Long> jobsPerNode() {
        return db.sql("SELECT hostname_, COUNT(*) AS n FROM act_hi_job_log WHERE job_state_ = 2 GROUP BY hostname_")
            .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Map<String, Long> deliveriesByMessageId() {
        return smtp.accepted().stream()
            .collect(Collectors.groupingBy(SmtpPeer.Accepted::messageId, Collectors.counting()));
    }

    /** No job due or running on either node and no email due: only then may the clock move. */
    private void awaitIdle() {
        await("both nodes idle", () -> busyJobs() == 0 && dueEmails() == 0 && busyJobs() == 0);
    }

    private long busyJobs() {
        return db.sql("""
                SELECT COUNT(*) FROM act_ru_job WHERE lock_owner_ IS NOT NULL
                OR (retries_ > 0 AND suspension_state_ = 1 AND (duedate_ IS NULL OR duedate_ <= ?))""")
            .param(ClockUtil.getCurrentTime()).query(Long.class).single();
    }

    private long dueEmails() {
        return db.sql("SELECT COUNT(*) FROM outbox_message WHERE status = 'PENDING' AND next_attempt_at <= ?")
            .param(ClockUtil.getCurrentTime()).query(Long.class).single();
    }

    private long count(String sql) {
        return db.sql(sql).query(Long.class).single();
    }

    /** Polls the condition until it holds, failing after {@link #IDLE_WITHIN}. */
    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + IDLE_WITHIN.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
        }
    }

    /** The daily timer start events (opening check, digests) fire from the first day on. */
    private static void alignDailyTimers(ManagementService management, LocalDate day) {
        Date at = Date.from(day.atTime(9, 0).atZone(TestClock.OFFICE_ZONE).toInstant());
        management.createJobQuery().timers().list().stream().filter(j -> j.getProcessInstanceId() == null)
            .forEach(j -> management.setJobDuedate(j.getId(), at));
    }
}
