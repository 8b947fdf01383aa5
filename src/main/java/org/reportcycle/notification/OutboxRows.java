package org.reportcycle.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.reportcycle.system.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox rows as one node's sender changes them, each change a statement of its own (committed at once). A
 * node changes only a row it holds ({@code claimed_by} is its id); a hold runs out at {@code claimed_until}.
 */
final class OutboxRows {

    /** A pending email past its time for retrying. */
    record Expired(long id, String idempotencyKey, String lastError) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String node;

    OutboxRows(JdbcClient jdbc, Clock clock, String node) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.node = node;
    }

    String node() {
        return node;
    }

    /** Up to {@code limit} emails due now that no node holds, oldest first. */
    List<Long> due(int limit) {
        Timestamp now = now();
        return jdbc.sql("""
                SELECT id FROM outbox_message WHERE status = 'PENDING' AND next_attempt_at <= ?
                AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY id FETCH FIRST ? ROWS ONLY""").params(now, now, limit).query(Long.class).list();
    }

    /** Takes the email for {@code holdFor} unless it went out, is not due, or another node holds it. */
    boolean claim(long id, Duration holdFor) {
        Timestamp now = now();
        return jdbc.sql("""
                UPDATE outbox_message SET claimed_by = ?, claimed_until = ? WHERE id = ? AND status = 'PENDING'
                AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)""").params(node, until(holdFor), id, now, now).update() == 1;
    }

    OutboxMessage load(long id) {
        return jdbc.sql("SELECT * FROM outbox_message WHERE id = ?")
                .param(id)
                .query(RecordRows.of(OutboxMessage.class))
                .single();
    }

    /** Extends every hold of this node; returns how many it holds. */
    int renew(Duration holdFor) {
        return jdbc.sql("UPDATE outbox_message SET claimed_until = ? WHERE claimed_by = ? AND status = 'PENDING'")
                .params(until(holdFor), node)
                .update();
    }

    /**
     * The server accepted the email; false if this node no longer held it. Even then the email is marked sent if
     * it is still pending: the server has it, and a node that took it over must not send it yet again.
     */
    boolean sent(long id) {
        String sent = """
                UPDATE outbox_message SET status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = NULL,
                claimed_by = NULL, claimed_until = NULL WHERE id = ? AND""";
        if (jdbc.sql(sent + " claimed_by = ?").params(now(), id, node).update() == 1) {
            return true;
        }
        jdbc.sql(sent + " status = 'PENDING'").params(now(), id).update();
        return false;
    }

    /** Gives the hold back without charging the email anything. */
    void release(long id) {
        jdbc.sql("UPDATE outbox_message SET claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?")
                .params(id, node)
                .update();
    }

    /** Records a failed attempt: tried again at {@code next}, or FAILED for good when {@code next} is null. */
    boolean attemptFailed(long id, int attempts, Instant next, String error) {
        return jdbc.sql("""
                UPDATE outbox_message SET status = ?, attempts = ?, next_attempt_at = ?,
                last_error = ?, claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?""")
                        .params(
                                next == null ? "FAILED" : "PENDING",
                                attempts,
                                next == null ? now() : Timestamp.from(next),
                                shortened(error),
                                id,
                                node)
                        .update()
                == 1;
    }

    /** Pending emails no node holds whose round of attempts began before {@code since}. */
    List<Expired> expiredSince(Instant since) {
        Timestamp now = now();
        return jdbc.sql("""
                SELECT id, idempotency_key, last_error FROM outbox_message WHERE status = 'PENDING'
                AND COALESCE(retry_from, created_at) < ? AND (claimed_until IS NULL OR claimed_until < ?)
                ORDER BY id""")
                .params(Timestamp.from(since), now)
                .query(RecordRows.of(Expired.class))
                .list();
    }

    /** Fails an expired email unless it went out or a node took it meanwhile; true if this node failed it. */
    boolean giveUp(long id, String error) {
        Timestamp now = now();
        return jdbc.sql("""
                UPDATE outbox_message SET status = 'FAILED', last_error = ? WHERE id = ? AND status = 'PENDING'
                AND (claimed_until IS NULL OR claimed_until < ?)""").params(shortened(error), id, now).update() == 1;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private Timestamp until(Duration holdFor) {
        return Timestamp.from(clock.instant().plus(holdFor));
    }

    private static String shortened(String error) {
        return error.length() > 1000 ? error.substring(0, 1000) : error;
    }
}
