package org.reportcycle.bulletin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.reportcycle.system.NodeSettings;
import org.reportcycle.system.RecordRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of each start of a step that must be safe to run again: the start is committed on its own at once,
 * so it survives the step's rollback or its node's death; the step's own transaction marks it finished. A step
 * that finds earlier unfinished attempts logs that it takes over from them.
 */
@Component
class StepAttempts {

    private static final Logger log = LoggerFactory.getLogger(StepAttempts.class);

    private final JdbcClient jdbc;
    private final NodeSettings node;
    private final Clock clock;

    StepAttempts(JdbcClient jdbc, NodeSettings node, Clock clock) {
        this.jdbc = jdbc;
        this.node = node;
        this.clock = clock;
    }

    /** This node's attempt: its row, and when it began by the machine's own timer (for its duration). */
    record Attempt(long id, String step, String subject, long startNanos) {}

    /** An attempt that began and has not finished. */
    record Unfinished(String node, OffsetDateTime startedAt) {}

    /** Records this node's start of the step and warns of each earlier attempt that never finished. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Attempt begin(String step, String subject) {
        for (Unfinished earlier : unfinished(step, subject)) {
            log.warn(
                    "Step {} of {} taken over by node {}: the attempt begun by node {} at {} has not finished "
                            + "(its node stopped, its transaction failed, or it is still running past its job lock)",
                    step,
                    subject,
                    node.name(),
                    earlier.node(),
                    earlier.startedAt().toInstant());
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO step_attempt (step, subject, node, started_at) VALUES (?, ?, ?, ?)")
                .params(step, subject, node.name(), Timestamp.from(clock.instant()))
                .update(key, "id");
        return new Attempt(key.getKey().longValue(), step, subject, System.nanoTime());
    }

    /**
     * Marks the attempt finished, in the step's transaction: it counts only if the step commits. The duration
     * logged is what the job lock ({@code camunda.bpm.job-execution.lock-time-in-millis}) must outlast.
     */
    public void finished(Attempt attempt) {
        jdbc.sql("UPDATE step_attempt SET finished_at = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant()), attempt.id())
                .update();
        log.info(
                "Step {} of {} done on node {} in {} ms",
                attempt.step(),
                attempt.subject(),
                node.name(),
                (System.nanoTime() - attempt.startNanos()) / 1_000_000);
    }

    List<Unfinished> unfinished(String step, String subject) {
        return jdbc.sql("""
                SELECT node, started_at FROM step_attempt WHERE step = ? AND subject = ? AND finished_at IS NULL
                ORDER BY id""")
                .params(step, subject)
                .query(RecordRows.of(Unfinished.class))
                .list();
    }
}
