package org.reportcycle.bulletin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Stores every round of a bulletin's sign-off; the bulletin row keeps only the latest comment. */
@Component
class SignOffRounds {

    private final JdbcClient jdbc;

    SignOffRounds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new round for the version sent; runs after the bulletin row moved on, so it is written once. */
    void sent(long bulletinId, int version, String by, Instant at) {
        int round = jdbc.sql("SELECT COALESCE(MAX(round), 0) + 1 FROM sign_off_round WHERE bulletin_id = ?")
                .param(bulletinId)
                .query(Integer.class)
                .single();
        jdbc.sql("""
                INSERT INTO sign_off_round (bulletin_id, round, version, sent_at, sent_by)
                VALUES (?, ?, ?, ?, ?)""").params(bulletinId, round, version, Timestamp.from(at), by).update();
    }

    /** The open round ends; a bulletin sent before rounds were kept has none, and nothing is written. */
    void decided(long bulletinId, SignOffRound.Outcome outcome, String by, Instant at, String comment) {
        jdbc.sql("""
                UPDATE sign_off_round SET outcome = ?, decided_by = ?, decided_at = ?, comment = ?
                WHERE bulletin_id = ? AND outcome IS NULL""")
                .params(outcome.name(), by, Timestamp.from(at), comment, bulletinId)
                .update();
    }

    List<SignOffRound> of(long bulletinId) {
        return jdbc.sql("SELECT * FROM sign_off_round WHERE bulletin_id = ? ORDER BY round")
                .param(bulletinId)
                .query(SignOffRounds::row)
                .list();
    }

    private static SignOffRound row(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString("outcome");
        return new SignOffRound(
                rs.getInt("round"),
                rs.getInt("version"),
                rs.getObject("sent_at", OffsetDateTime.class),
                rs.getString("sent_by"),
                outcome == null ? null : SignOffRound.Outcome.valueOf(outcome),
                rs.getObject("decided_at", OffsetDateTime.class),
                rs.getString("decided_by"),
                rs.getString("comment"));
    }
}
