package org.reportcycle.submission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Stores every round of a report: its entries as submitted and how the round ended. */
@Component
class ReportRounds {

    private final JdbcClient jdbc;

    ReportRounds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new round, numbered after the last; runs after the submission row moved on, so it is written once. */
    void submitted(long submissionId, String by, Instant at, List<RoundEntry> entries) {
        int round = jdbc.sql("SELECT COALESCE(MAX(round), 0) + 1 FROM submission_round WHERE submission_id = ?")
                .param(submissionId)
                .query(Integer.class)
                .single();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO submission_round (submission_id, round, submitted_at, submitted_by)
                VALUES (?, ?, ?, ?)""").params(submissionId, round, Timestamp.from(at), by).update(key, "id");
        long id = key.getKey().longValue();
        for (int i = 0; i < entries.size(); i++) {
            RoundEntry e = entries.get(i);
            jdbc.sql("""
                    INSERT INTO submission_round_entry (round_id, section, position, title, body)
                    VALUES (?, ?, ?, ?, ?)""").params(id, e.section().name(), i, e.title(), e.body()).update();
        }
    }

    /** The open round ends; a report submitted before rounds were kept has none, and nothing is written. */
    void ended(long submissionId, ReportRound.Outcome outcome, String by, Instant at, String comment) {
        jdbc.sql("""
                UPDATE submission_round SET outcome = ?, decided_by = ?, decided_at = ?, comment = ?
                WHERE submission_id = ? AND outcome IS NULL""")
                .params(outcome.name(), by, Timestamp.from(at), comment, submissionId)
                .update();
    }

    /** Every round, first first, each with its entries in the order submitted. */
    List<ReportRound> of(long submissionId) {
        Map<Long, List<RoundEntry>> entries = jdbc
                .sql("""
                SELECT e.round_id, e.section, e.title, e.body FROM submission_round_entry e
                JOIN submission_round r ON r.id = e.round_id WHERE r.submission_id = ? ORDER BY e.position""")
                .param(submissionId)
                .query((rs, n) -> Map.entry(
                        rs.getLong(1),
                        new RoundEntry(RoundEntry.Section.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("SELECT * FROM submission_round WHERE submission_id = ? ORDER BY round")
                .param(submissionId)
                .query((rs, n) -> row(rs, entries))
                .list();
    }

    private static ReportRound row(ResultSet rs, Map<Long, List<RoundEntry>> entries) throws SQLException {
        String outcome = rs.getString("outcome");
        return new ReportRound(
                rs.getLong("id"),
                rs.getInt("round"),
                rs.getObject("submitted_at", OffsetDateTime.class),
                rs.getString("submitted_by"),
                outcome == null ? null : ReportRound.Outcome.valueOf(outcome),
                rs.getObject("decided_at", OffsetDateTime.class),
                rs.getString("decided_by"),
                rs.getString("comment"),
                entries.getOrDefault(rs.getLong("id"), List.of()));
    }
}
