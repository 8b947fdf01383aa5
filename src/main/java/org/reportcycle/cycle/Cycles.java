package org.reportcycle.cycle;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.reportcycle.system.RecordRows;
import org.reportcycle.system.ReportingPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reporting_cycle rows; the primary key on the period is what makes a second opening fail. */
@Repository
class Cycles {

    private final JdbcClient jdbc;

    Cycles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(ReportingPeriod period) {
        return find(period).isPresent();
    }

    void insert(ReportingPeriod period, String openedBy, Instant openedAt, Instant dueAt) {
        insert(period, openedBy, openedAt, dueAt, false);
    }

    void insert(ReportingPeriod period, String openedBy, Instant openedAt, Instant dueAt, boolean backfill) {
        jdbc.sql("INSERT INTO reporting_cycle (period, status, opened_by, opened_at, submission_due_at, backfill) "
                        + "VALUES (?, 'COLLECTING', ?, ?, ?, ?)")
                .params(period.toString(), openedBy, Timestamp.from(openedAt), Timestamp.from(dueAt), backfill)
                .update();
    }

    /** Locks the opening loop's row until the transaction ends: one node at a time looks for the loop. */
    void lockOpeningLoop() {
        jdbc.sql("SELECT id FROM cycle_opening_lock WHERE id = 1 FOR UPDATE")
                .query(Integer.class)
                .single();
    }

    /**
     * Whether the cycle of {@code key} is a back-fill (补录); false for a period without a cycle. Keyed by text:
     * engine business keys and bulletin keys (a special issue's {@code special-<id>} has no cycle) ask it.
     */
    boolean backfill(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM reporting_cycle WHERE period = ? AND backfill = TRUE")
                        .param(key)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Removes a cancelled cycle's row, so that its month can be opened again. */
    void delete(ReportingPeriod period) {
        jdbc.sql("DELETE FROM reporting_cycle WHERE period = ?")
                .param(period.toString())
                .update();
    }

    Optional<ReportingCycle> find(ReportingPeriod period) {
        return jdbc.sql("SELECT * FROM reporting_cycle WHERE period = ?")
                .param(period.toString())
                .query(RecordRows.of(ReportingCycle.class))
                .optional();
    }

    /** The row, locked until the transaction ends (FOR UPDATE reads the latest committed state). */
    Optional<ReportingCycle> lock(ReportingPeriod period) {
        return jdbc.sql("SELECT * FROM reporting_cycle WHERE period = ? FOR UPDATE")
                .param(period.toString())
                .query(RecordRows.of(ReportingCycle.class))
                .optional();
    }

    List<ReportingCycle> all() {
        return jdbc.sql("SELECT * FROM reporting_cycle ORDER BY period DESC")
                .query(RecordRows.of(ReportingCycle.class))
                .list();
    }

    /** The cycles collecting reports whose deadlines follow the calendar (a back-fill's do not). */
    List<ReportingCycle> collecting() {
        return jdbc.sql("SELECT * FROM reporting_cycle WHERE status = 'COLLECTING' AND backfill = FALSE "
                        + "ORDER BY period")
                .query(RecordRows.of(ReportingCycle.class))
                .list();
    }

    List<ReportingCycle> compilingCycles() {
        return jdbc.sql("SELECT * FROM reporting_cycle WHERE status = 'COMPILING' AND backfill = FALSE "
                        + "ORDER BY period")
                .query(RecordRows.of(ReportingCycle.class))
                .list();
    }

    void moveSubmissionDue(ReportingPeriod period, Instant dueAt) {
        jdbc.sql("UPDATE reporting_cycle SET submission_due_at = ? WHERE period = ?")
                .params(Timestamp.from(dueAt), period.toString())
                .update();
    }

    void compiling(ReportingPeriod period, Instant closedAt) {
        jdbc.sql("UPDATE reporting_cycle SET status = 'COMPILING', collection_closed_at = ? WHERE period = ?")
                .params(Timestamp.from(closedAt), period.toString())
                .update();
    }

    /** Marks it published once: a repeated publish step keeps the first time. */
    void published(ReportingPeriod period, Instant at) {
        jdbc.sql("""
                UPDATE reporting_cycle SET status = 'PUBLISHED', published_at = ? WHERE period = ?
                AND status <> 'PUBLISHED'""").params(Timestamp.from(at), period.toString()).update();
    }
}
