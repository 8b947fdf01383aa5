package org.reportcycle.notification;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.reportcycle.system.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records reminders (in the caller's transaction) and cancels them when their subject is done. */
@Service
public class Reminders {

    private final JdbcClient jdbc;
    private final Clock clock;

    Reminders(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Writes the reminder unless one with its key exists already. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Reminder r) {
        jdbc.sql("""
                INSERT INTO reminder (idempotency_key, recipient_username, kind, colour, subject_ref, what, due_at,
                    link, send_on, status, created_at)
                SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ? FROM organization
                WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM reminder WHERE idempotency_key = ?)""")
                .params(
                        r.key(),
                        r.recipientUsername(),
                        r.kind(),
                        r.colour().name(),
                        r.subjectRef(),
                        r.what(),
                        Timestamp.from(r.dueAt()),
                        r.link(),
                        Date.valueOf(r.sendOn()),
                        Timestamp.from(clock.instant()),
                        r.key())
                .update();
    }

    /** Cancels every reminder of the subject not yet delivered; returns how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int cancel(NoticeKey subject) {
        return jdbc.sql("UPDATE reminder SET status = 'CANCELLED' WHERE subject_ref = ? AND status = 'PENDING'")
                .param(subject.value())
                .update();
    }

    /** Cancels one person's reminders of the subject not yet delivered (a later rung supersedes them). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int cancel(NoticeKey subject, String recipientUsername) {
        return jdbc.sql("UPDATE reminder SET status = 'CANCELLED' WHERE subject_ref = ? AND recipient_username = ? "
                        + "AND status = 'PENDING'")
                .params(subject.value(), recipientUsername)
                .update();
    }

    /** Reminders of a subject, for pages and tests. */
    public List<StoredReminder> of(NoticeKey subject) {
        return jdbc.sql("SELECT * FROM reminder WHERE subject_ref = ? ORDER BY id")
                .param(subject.value())
                .query(RecordRows.of(StoredReminder.class))
                .list();
    }

    List<StoredReminder> pendingUpTo(LocalDate day) {
        return jdbc.sql(
                        "SELECT * FROM reminder WHERE status = 'PENDING' AND send_on <= ? ORDER BY recipient_username, due_at, id")
                .param(Date.valueOf(day))
                .query(RecordRows.of(StoredReminder.class))
                .list();
    }

    void delivered(List<Long> ids, String digestKey) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE reminder SET status = 'SENT', digest_key = :key WHERE id IN (:ids) AND status = 'PENDING'")
                    .param("key", digestKey)
                    .param("ids", ids)
                    .update();
        }
    }
}
