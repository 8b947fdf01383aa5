package org.reportcycle.submission;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.reportcycle.system.RecordRows;
import org.reportcycle.system.ReportingPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Submission rows and their completion items. */
@Repository
class Submissions {

    private final JdbcClient jdbc;

    Submissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void create(ReportingPeriod period, String department, Instant dueAt) {
        jdbc.sql("""
                INSERT INTO submission (period, department_code, status, version, due_at)
                SELECT ?, ?, 'NOT_STARTED', 0, ? FROM organization
                WHERE NOT EXISTS (SELECT 1 FROM submission WHERE period = ? AND department_code = ?)""")
                .params(period.toString(), department, Timestamp.from(dueAt), period.toString(), department)
                .update();
    }

    Optional<Submission> find(ReportingPeriod period, String department) {
        return jdbc.sql("SELECT * FROM submission WHERE period = ? AND department_code = ?")
                .params(period.toString(), department)
                .query(RecordRows.of(Submission.class))
                .optional();
    }

    /** Locks the row until the transaction ends, so two actions on one report take turns. */
    Optional<Submission> lock(ReportingPeriod period, String department) {
        return jdbc.sql("SELECT * FROM submission WHERE period = ? AND department_code = ? FOR UPDATE")
                .params(period.toString(), department)
                .query(RecordRows.of(Submission.class))
                .optional();
    }

    List<Submission> ofPeriod(ReportingPeriod period) {
        return jdbc.sql("SELECT * FROM submission WHERE period = ?")
                .param(period.toString())
                .query(RecordRows.of(Submission.class))
                .list();
    }

    /** Moves the submission on if it is still at {@code version} in one of {@code from}; false if not. */
    boolean move(long id, int version, SubmissionStatus to, String columnsSet, Object... values) {
        String set = columnsSet.isEmpty() ? "" : ", " + columnsSet;
        Object[] params = new Object[values.length + 3];
        params[0] = to.name();
        System.arraycopy(values, 0, params, 1, values.length);
        params[values.length + 1] = id;
        params[values.length + 2] = version;
        return jdbc.sql("UPDATE submission SET status = ?, version = version + 1" + set
                                + " WHERE id = ? AND version = ?")
                        .params(params)
                        .update()
                == 1;
    }

    void moveDue(ReportingPeriod period, Instant dueAt) {
        jdbc.sql("UPDATE submission SET due_at = ? WHERE period = ?")
                .params(Timestamp.from(dueAt), period.toString())
                .update();
    }

    void markMissing(ReportingPeriod period) {
        jdbc.sql("UPDATE submission SET status = 'MISSING', version = version + 1 WHERE period = ? "
                        + "AND status IN ('NOT_STARTED', 'DRAFT', 'RETURNED')")
                .param(period.toString())
                .update();
    }

    List<CompletionEntry> completions(long submissionId) {
        return jdbc.sql("SELECT title, body FROM completion_item WHERE submission_id = ? ORDER BY position")
                .param(submissionId)
                .query(RecordRows.of(CompletionEntry.class))
                .list();
    }

    /** Completion items of accepted reports of the periods {@code from} to {@code to}, in period and item order. */
    List<CompletedWork> acceptedCompletions(String from, String to) {
        return jdbc.sql("""
                SELECT s.period, s.department_code, c.title, c.body
                FROM submission s JOIN completion_item c ON c.submission_id = s.id
                WHERE s.status = 'ACCEPTED' AND s.period BETWEEN ? AND ?
                ORDER BY s.period, s.department_code, c.position""")
                .params(from, to)
                .query(RecordRows.of(CompletedWork.class))
                .list();
    }

    void replaceCompletions(long submissionId, List<CompletionEntry> entries) {
        jdbc.sql("DELETE FROM completion_item WHERE submission_id = ?")
                .param(submissionId)
                .update();
        for (int i = 0; i < entries.size(); i++) {
            jdbc.sql("INSERT INTO completion_item (submission_id, position, title, body) VALUES (?, ?, ?, ?)")
                    .params(
                            submissionId,
                            i,
                            entries.get(i).title().strip(),
                            entries.get(i).body().strip())
                    .update();
        }
    }
}
