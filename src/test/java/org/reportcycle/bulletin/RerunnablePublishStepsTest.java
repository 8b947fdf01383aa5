package org.reportcycle.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.support.BulletinIssueIds;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.support.TestClock;
import org.reportcycle.system.NodeSettings;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publish and distribute are safe to run again: run twice, after an attempt whose transaction rolled back (as when
 * its node died), and twice at once (a job lock that ran out), the bulletin is published once, each plan item
 * tracked once and each email written once; an attempt that never finished is named in a WARN by the one that
 * takes over.
 */
class RerunnablePublishStepsTest extends CycleTestBase {

    private static final String PERIOD = "2026-11";
    private static final String PUBLISH = BulletinIssueIds.SERVICE_PUBLISH;
    private static final String DISTRIBUTE = BulletinIssueIds.SERVICE_DISTRIBUTE;

    @Autowired
    IssueSteps steps;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    NodeSettings node;

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void approveTheNovemberBulletin() {
        ((Logger) LoggerFactory.getLogger(StepAttempts.class)).addAppender(logged);
        logged.start();
        cycle.open(PERIOD);
        cycle.submitAndAcceptAll(PERIOD);
        cycle.sendToSignOff(PERIOD);
        cycle.approve(PERIOD);
    }

    @AfterEach
    void stopListening() {
        ((Logger) LoggerFactory.getLogger(StepAttempts.class)).detachAppender(logged);
    }

    @Test
    void eachStepRunTwiceChangesNothingTheSecondTime() {
        runJob(PUBLISH);
        Map<String, Object> published = publishedState();
        TestClock.setTo(NOVEMBER_2026_OPENING.plusHours(2));
        steps.publish(PERIOD);
        assertThat(publishedState()).isEqualTo(published);

        runJob(DISTRIBUTE);
        List<Map<String, Object>> emails = emails();
        assertThat(emails).isNotEmpty();
        steps.distribute(PERIOD);
        assertThat(emails()).isEqualTo(emails);
        assertThat(takeovers()).isEmpty();
    }

    @Test
    void aStepWhoseTransactionRolledBackIsTakenOverOnceAndTheTakeoverIsLogged() {
        tx.executeWithoutResult(s -> {
            steps.publish(PERIOD);
            s.setRollbackOnly();
        });
        assertThat(cycle.bulletin(PERIOD).status()).isEqualTo(BulletinStatus.APPROVED);
        TestClock.setTo(NOVEMBER_2026_OPENING.plusMinutes(6));
        runJob(PUBLISH);
        assertThat(cycle.bulletin(PERIOD).status()).isEqualTo(BulletinStatus.PUBLISHED);
        assertThat(takeovers())
                .singleElement()
                .asString()
                .contains("Step publish of " + PERIOD, node.name(), "2026-11-25T01:00:00Z");

        tx.executeWithoutResult(s -> {
            steps.distribute(PERIOD);
            s.setRollbackOnly();
        });
        assertThat(emails()).isEmpty();
        runJob(DISTRIBUTE);
        assertThat(emails())
                .isNotEmpty()
                .extracting(m -> m.get("idempotency_key"))
                .doesNotHaveDuplicates();
        assertThat(takeovers()).hasSize(2).last().asString().contains("Step distribute of " + PERIOD);
        assertThat(attempts())
                .containsExactly(
                        "distribute finished", "distribute unfinished", "publish finished", "publish unfinished");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(PERIOD)
                        .count())
                .isZero();
    }

    @Test
    void twoExecutionsOfEachJobAtOncePublishAndWriteEachEmailOnce() throws Exception {
        int publishedOnce = raceJob(PUBLISH);
        assertThat(publishedOnce).as("executions that committed").isEqualTo(1);
        assertThat(cycle.bulletin(PERIOD).status()).isEqualTo(BulletinStatus.PUBLISHED);
        Map<String, Object> published = publishedState();

        assertThat(raceJob(DISTRIBUTE)).isEqualTo(1);
        assertThat(emails())
                .isNotEmpty()
                .extracting(m -> m.get("idempotency_key"))
                .doesNotHaveDuplicates();
        assertThat(publishedState()).isEqualTo(published);
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(PERIOD)
                        .count())
                .isZero();
        assertThat(attempts())
                .filteredOn(a -> a.endsWith(" finished"))
                .containsExactly("distribute finished", "publish finished");
    }

    /** Both threads execute the same job together; returns how many of them committed. */
    private int raceJob(String activityId) throws Exception {
        String id = job(activityId).getId();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        management.executeJob(id);
                        return true;
                    } catch (RuntimeException lost) {
                        return false;
                    }
                }));
            }
            int committed = 0;
            for (Future<Boolean> run : runs) {
                committed += run.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            return committed;
        } finally {
            pool.shutdownNow();
        }
    }

    private void runJob(String activityId) {
        management.executeJob(job(activityId).getId());
    }

    private Job job(String activityId) {
        return management
                .createJobQuery()
                .processInstanceId(cycle.issueInstance(PERIOD).getId())
                .activityId(activityId)
                .singleResult();
    }

    /** What publishing leaves: the bulletin's number and times, the cycle's, and the plan items tracked. */
    private Map<String, Object> publishedState() {
        return Map.of(
                "bulletin",
                        jdbc.sql("SELECT issue_number, published_at, status, version FROM bulletin WHERE period = ?")
                                .param(PERIOD)
                                .query()
                                .listOfRows(),
                "cycle",
                        jdbc.sql("SELECT status, published_at FROM reporting_cycle WHERE period = ?")
                                .param(PERIOD)
                                .query()
                                .listOfRows(),
                "tracked",
                        jdbc.sql("SELECT id, tracking FROM plan_item WHERE tracking IS NOT NULL ORDER BY id")
                                .query()
                                .listOfRows(),
                "trackingProcesses",
                        runtime.createProcessInstanceQuery()
                                .processDefinitionKey("plan-item-tracking")
                                .count());
    }

    private List<Map<String, Object>> emails() {
        return jdbc.sql("""
                SELECT id, idempotency_key FROM outbox_message WHERE kind IN ('DISTRIBUTION', 'BULLETIN_PUBLISHED')
                ORDER BY id""").query().listOfRows();
    }

    private List<String> takeovers() {
        return logged.list.stream()
                .filter(e -> e.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    private List<String> attempts() {
        return jdbc.sql("""
                SELECT step || CASE WHEN finished_at IS NULL THEN ' unfinished' ELSE ' finished' END FROM step_attempt
                WHERE subject = ? ORDER BY step, finished_at IS NULL""").param(PERIOD).query(String.class).list();
    }
}
