package org.reportcycle.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Stores extension requests. Checking them is {@link PlanExtensions}' part. */
@Component
class ExtensionRequests {

    private final JdbcClient jdbc;

    ExtensionRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            long planItemId,
            String departmentCode,
            String requestedBy,
            String reason,
            Deadline previous,
            Deadline requested,
            Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO extension_request (plan_item_id, department_code, requested_by, reason,
                    previous_deadline, requested_deadline, status, requested_at)
                VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?)""")
                .params(
                        planItemId,
                        departmentCode,
                        requestedBy,
                        reason,
                        previous.value(),
                        requested.value(),
                        Timestamp.from(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<ExtensionRequest> find(long id) {
        return jdbc.sql("SELECT * FROM extension_request WHERE id = ?")
                .param(id)
                .query(ExtensionRequests::row)
                .optional();
    }

    List<ExtensionRequest> of(long planItemId) {
        return jdbc.sql("SELECT * FROM extension_request WHERE plan_item_id = ? ORDER BY id")
                .param(planItemId)
                .query(ExtensionRequests::row)
                .list();
    }

    /** The pending requests on open items whose 责任领导 is {@code leader}, oldest first. */
    List<ExtensionRequest> pendingFor(String leader) {
        return jdbc.sql("""
                SELECT e.* FROM extension_request e JOIN plan_item p ON p.id = e.plan_item_id
                WHERE e.status = 'PENDING' AND p.tracking = 'OPEN' AND p.responsible_leader = ?
                ORDER BY e.requested_at, e.id""").param(leader).query(ExtensionRequests::row).list();
    }

    boolean hasPending(long planItemId) {
        return jdbc.sql("SELECT COUNT(*) FROM extension_request WHERE plan_item_id = ? AND status = 'PENDING'")
                        .param(planItemId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Records the decision on a pending request; false if it was decided meanwhile. */
    boolean decide(long id, ExtensionRequest.Status status, String by, String comment, Instant at) {
        return jdbc.sql("""
                UPDATE extension_request SET status = ?, decided_by = ?, decision_comment = ?, decided_at = ?
                WHERE id = ? AND status = 'PENDING'""")
                        .params(status.name(), by, comment, Timestamp.from(at), id)
                        .update()
                == 1;
    }

    private static ExtensionRequest row(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new ExtensionRequest(
                rs.getLong("id"),
                rs.getLong("plan_item_id"),
                rs.getString("department_code"),
                rs.getString("requested_by"),
                rs.getString("reason"),
                rs.getString("previous_deadline"),
                rs.getString("requested_deadline"),
                ExtensionRequest.Status.valueOf(rs.getString("status")),
                rs.getString("decided_by"),
                rs.getString("decision_comment"),
                rs.getTimestamp("requested_at").toInstant(),
                decided == null ? null : decided.toInstant());
    }
}
