package org.reportcycle.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.reportcycle.support.PostgresSchema;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The schema several nodes share, as the test sees it from outside: when both nodes are idle (no job due or
 * running, no email due), what the engines' job log says, and an issue's recipient lists set by hand.
 */
final class SharedSchema {

    private static final Duration IDLE_WITHIN = Duration.ofSeconds(90);

    private final JdbcClient db;

    SharedSchema(PostgresSchema schema) {
        db = JdbcClient.create(new DriverManagerDataSource(
                PostgresSchema.SERVER + "?currentSchema=" + schema.name(), PostgresSchema.USER, ""));
    }

    long count(String sql) {
        return db.sql(sql).query(Long.class).single();
    }

    List<String> strings(String sql) {
        return db.sql(sql).query(String.class).list();
    }

    /** No job due or running on any node and no email due: only then may the test move the clock. */
    void awaitIdle() {
        await("every node idle", () -> busyJobs() == 0 && dueEmails() == 0 && busyJobs() == 0);
    }

    /** Each engine job succeeded once (whichever node ran it), none failed, no step was left half-done. */
    void assertEachJobRanOnce() {
        assertThat(strings("""
                SELECT job_id_ FROM act_hi_job_log WHERE job_state_ = 2 GROUP BY job_id_ HAVING COUNT(*) > 1""")).as("jobs that succeeded twice").isEmpty();
        assertThat(count("SELECT COUNT(*) FROM act_hi_job_log WHERE job_state_ = 1"))
                .as("failed runs")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM act_ru_incident")).isZero();
        assertThat(count("SELECT COUNT(*) FROM step_attempt WHERE finished_at IS NULL"))
                .as("steps begun, never done")
                .isZero();
    }

    /** Successful job runs per engine (the job log's host name ends in the engine's name). */
    Map<String, Long> jobsPerNode() {
        return db
                .sql("SELECT hostname_, COUNT(*) FROM act_hi_job_log WHERE job_state_ = 2 GROUP BY hostname_")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The issue goes to {@code n} addresses, a quarter on its 报 list, the rest on 发, instead of the usual. */
    List<String> listRecipients(long bulletinId, String prefix, int n) {
        db.sql("DELETE FROM bulletin_recipient WHERE bulletin_id = ?")
                .param(bulletinId)
                .update();
        List<String> addresses = IntStream.range(0, n)
                .mapToObj(i -> prefix + i + "@list.example.org")
                .toList();
        for (int i = 0; i < n; i++) {
            db.sql("""
                    INSERT INTO bulletin_recipient (bulletin_id, list_kind, position, name, email)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(bulletinId, i < n / 4 ? "REPORT" : "DISTRIBUTE", i, "收件单位" + i, addresses.get(i))
                    .update();
        }
        return addresses;
    }

    private long busyJobs() {
        return db.sql("""
                SELECT COUNT(*) FROM act_ru_job WHERE lock_owner_ IS NOT NULL
                OR (retries_ > 0 AND suspension_state_ = 1 AND (duedate_ IS NULL OR duedate_ <= ?))""").param(ClockUtil.getCurrentTime()).query(Long.class).single();
    }

    private long dueEmails() {
        return db.sql("SELECT COUNT(*) FROM outbox_message WHERE status = 'PENDING' AND next_attempt_at <= ?")
                .param(ClockUtil.getCurrentTime())
                .query(Long.class)
                .single();
    }

    /** Polls the condition until it holds, failing after {@link #IDLE_WITHIN}. */
    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + IDLE_WITHIN.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            LockSupport.parkNanos(20_000_000L);
        }
    }
}
