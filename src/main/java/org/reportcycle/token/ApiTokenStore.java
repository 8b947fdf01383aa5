package org.reportcycle.token;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code api_token} table. The token itself is never written, only its hash. */
@Repository
class ApiTokenStore {

    private static final String COLUMNS =
            "id, owner_username, name, created_at, expires_at, revoked_at, last_used_at FROM api_token";

    private final JdbcClient jdbc;

    ApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String owner, String name, String hash, Instant createdAt, Instant expiresAt) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO api_token (owner_username, name, token_hash, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(owner, name, hash, Timestamp.from(createdAt), Timestamp.from(expiresAt))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<ApiToken> ofOwner(String owner) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE owner_username = ? ORDER BY created_at DESC, id DESC")
                .param(owner)
                .query(ApiTokenStore::row)
                .list();
    }

    Optional<ApiToken> byHash(String hash) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE token_hash = ?")
                .param(hash)
                .query(ApiTokenStore::row)
                .optional();
    }

    Optional<ApiToken> ofOwner(String owner, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " WHERE id = ? AND owner_username = ?")
                .params(id, owner)
                .query(ApiTokenStore::row)
                .optional();
    }

    /** True for the one request that revoked it; a token revoked already is left as it was. */
    boolean revoke(String owner, long id, Instant now) {
        return jdbc.sql("""
                UPDATE api_token SET revoked_at = ?
                WHERE id = ? AND owner_username = ? AND revoked_at IS NULL""").params(Timestamp.from(now), id, owner).update() == 1;
    }

    /** Writes only if the last recorded use is older than {@code since}, so parallel calls write at most once. */
    void used(long id, Instant now, Instant since) {
        jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)")
                .params(Timestamp.from(now), id, Timestamp.from(since))
                .update();
    }

    private static ApiToken row(ResultSet rs, int n) throws SQLException {
        return new ApiToken(
                rs.getLong("id"),
                rs.getString("owner_username"),
                rs.getString("name"),
                instant(rs, "created_at"),
                instant(rs, "expires_at"),
                instant(rs, "revoked_at"),
                instant(rs, "last_used_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
