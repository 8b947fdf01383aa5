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
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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

/**
 * Two nodes (two application contexts in this JVM, each with its own process engine, job executor and outbox
 * sender) share one fresh PostgreSQL schema and one slow SMTP server, and live a month: both start with automatic
 * opening, one opening loop runs between them, and the cycle opens on its timer once, heads submit (some late, so reminders and digests go out), the office compiles and sends to sign-off,
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

    private final PostgresSchema schema = new PostgresSchema();
    private SmtpPeer smtp;
    private AppNode a;
    private AppNode b;
    private SharedSchema db;

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
        // As in production: each node looks for the opening loop at start-up and starts it if none runs.
        properties.put("reportcycle.cycle.automatic-opening", true);
        a = AppNode.start("node-a", properties);
        b = AppNode.start("node-b", properties);
        db = new SharedSchema(schema);
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
        collectTheReports(office);
        List<String> addresses = db.listRecipients(office.bulletin(PERIOD).id(), "m", ADDRESSES);
        office.sendToSignOff(PERIOD);
        signer.approve(PERIOD);
        db.awaitIdle();

        log.info(
                "Month on two nodes: {} emails delivered, {} digests, jobs run per node {}",
                smtp.accepted().size(),
                db.count("SELECT COUNT(*) FROM outbox_message WHERE kind = 'REMINDER_DIGEST'"),
                db.jobsPerNode());
        assertThat(office.status(PERIOD).name()).isEqualTo("PUBLISHED");
        assertThat(office.find(PERIOD).openedBy()).as("opened by the loop").isEqualTo("system");
        assertThat(a.engine()
                        .getRuntimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionKey("cycle-opening")
                        .count())
                .as("one opening loop for both nodes")
                .isOne();
        assertThat(b.engine()
                        .getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processDefinitionKey("cycle-opening")
                        .count())
                .as("started once")
                .isOne();
        assertThat(b.engine()
                        .getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processDefinitionKey("monthly-reporting-cycle")
                        .count())
                .as("one opening in the month, no daily instances")
                .isOne();
        assertThat(((ProcessEngineConfigurationImpl) b.engine().getProcessEngineConfiguration())
                        .getJobExecutor()
                        .getLockTimeInMillis())
                .as("the job lock of application.yml")
                .isEqualTo(60_000);
        assertEveryEmailSentAndDeliveredOnce();
        addresses.forEach(
                address -> assertThat(smtp.deliveriesTo(address)).as(address).isEqualTo(1));
        assertThat(db.count("SELECT COUNT(*) FROM outbox_message WHERE kind = 'REMINDER_DIGEST'"))
                .as("digests")
                .isPositive();
        assertThat(db.count("SELECT COUNT(*) FROM reminder WHERE status = 'SENT' AND digest_key IS NOT NULL"))
                .as("reminders, each in one digest")
                .isPositive()
                .isEqualTo(db.count("SELECT COUNT(*) FROM reminder WHERE status <> 'CANCELLED'"));
        db.assertEachJobRanOnce();
        assertThat(db.strings("SELECT step || ' ' || subject FROM step_attempt WHERE finished_at IS NOT NULL"))
                .as("each step done once")
                .containsExactlyInAnyOrder("publish " + PERIOD, "distribute " + PERIOD);
    }

    @Test
    void aNodeKilledWhileSendingLeavesTheRestToTheOtherWithAtMostOneRepeatPerEmailInFlight() {
        TestClock.setTo(LocalDateTime.of(2026, 12, 2, 10, 0));
        DemoUsers users = new CycleDriver(a.context()).users();
        Bulletin issue = a.bean(SpecialIssues.class)
                .create(
                        users.office(),
                        new SpecialIssueDraft(
                                "关于安全生产的专刊", null, List.of(new SpecialIssueDraft.Item("开展安全检查。", "全市企业参加。"))))
                .bulletin();
        db.listRecipients(issue.id(), "s", ADDRESSES);
        BulletinSignOff signOff = a.bean(BulletinSignOff.class);
        signOff.sendToSignOff(users.office(), issue.key(), issue.version());
        signOff.approve(users.signer(), issue.key(), issue.version() + 1);
        SharedSchema.await(
                "a third of the issue delivered", () -> smtp.accepted().size() >= ADDRESSES / 3);

        int beforeKill = smtp.accepted().size();
        a.killHard();
        // The dead node's holds run out only with time: let the hold's length pass (and a second).
        TestClock.setTo(LocalDateTime.of(2026, 12, 2, 10, 2, 1));
        db.awaitIdle();

        long rows = db.count("SELECT COUNT(*) FROM outbox_message");
        assertThat(db.count("SELECT COUNT(*) FROM outbox_message WHERE status = 'SENT'"))
                .isEqualTo(rows);
        Map<String, Long> deliveries = deliveriesByMessageId();
        log.info(
                "Killed node-a after {} deliveries: {} emails, {} deliveries, {} repeated",
                beforeKill,
                rows,
                smtp.accepted().size(),
                deliveries.values().stream().filter(n -> n > 1).count());
        assertThat(deliveries).as("every email arrived").hasSize((int) rows);
        assertThat(deliveries.values()).as("no email more than twice").allMatch(n -> n <= 2);
        assertThat(deliveries.values().stream().filter(n -> n == 2).count())
                .as("repeats: at most the one email the dead node had in flight")
                .isLessThanOrEqualTo(1);
        db.assertEachJobRanOnce();
    }

    /**
     * From 24 November: the cycle opens on its timer on WD-3 (25th), half the heads submit that day, the rest on
     * WD0 (30th) but two, who submit on WD+1 after blue, yellow and red reminders; the office accepts each.
     */
    private void collectTheReports(CycleDriver office) {
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
        liveUntilWork(day.plusDays(1));
        departments.subList(departments.size() - 2, departments.size()).forEach(d -> submitAndAccept(office, d));
    }

    private void submitAndAccept(CycleDriver office, String department) {
        office.submit(PERIOD, department);
        office.accept(PERIOD, department);
        db.awaitIdle();
    }

    /** 08:00 (ladder timers), 09:00 (the opening, digests), then 10:00, each time until both nodes are idle. */
    private void liveUntilWork(LocalDate day) {
        for (LocalTime time : List.of(LocalTime.of(8, 0), LocalTime.of(9, 0), LocalTime.of(10, 0))) {
            TestClock.setTo(day, time);
            db.awaitIdle();
        }
    }

    private void assertEveryEmailSentAndDeliveredOnce() {
        long rows = db.count("SELECT COUNT(*) FROM outbox_message");
        assertThat(db.count("SELECT COUNT(*) FROM outbox_message WHERE status = 'SENT'"))
                .isEqualTo(rows);
        Map<String, Long> deliveries = deliveriesByMessageId();
        assertThat(deliveries).hasSize((int) rows);
        assertThat(deliveries)
                .as("each email once")
                .allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1));
    }

    private Map<String, Long> deliveriesByMessageId() {
        return smtp.accepted().stream()
                .collect(Collectors.groupingBy(SmtpPeer.Accepted::messageId, Collectors.counting()));
    }

    /** The daily timer start event of the digests fires from the first day on. */
    private static void alignDailyTimers(ManagementService management, LocalDate day) {
        Date at = Date.from(day.atTime(9, 0).atZone(TestClock.OFFICE_ZONE).toInstant());
        management.createJobQuery().timers().list().stream()
                .filter(j -> j.getProcessInstanceId() == null)
                .forEach(j -> management.setJobDuedate(j.getId(), at));
    }
}
