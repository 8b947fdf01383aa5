package org.reportcycle.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The failed sign-ins in the database: per username a count in a row and the lock's end, per client address one
 * row per failure within the throttle's window. Every change is one conditional statement, so nodes sharing the
 * database count together.
 */
@Repository
class SignInFailures {

    /** Longer names and addresses are cut: no real username or address is that long. */
    private static final int NAME_LENGTH = 255;

    private static final int ADDRESS_LENGTH = 64;

    private final JdbcClient jdbc;

    SignInFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A username's failures in a row and, if any, the end of its lock (past or future). */
    record AccountState(String username, int failures, Instant lockedUntil, String lastAddress) {}

    Optional<AccountState> account(String username) {
        return jdbc.sql("SELECT username, failures, locked_until, last_address FROM sign_in_account WHERE username = ?")
                .param(cut(username, NAME_LENGTH))
                .query(SignInFailures::state)
                .optional();
    }

    /**
     * Counts one more failure; at {@code maxFailures} in a row the count restarts and the lock ends at
     * {@code until}.
     */
    AccountState failed(String username, String address, int maxFailures, Instant now, Instant until) {
        String name = cut(username, NAME_LENGTH);
        if (countFailure(name, address, maxFailures, now, until) == 0) {
            try {
                jdbc.sql("INSERT INTO sign_in_account (username, failures, last_failure_at) VALUES (?, 0, ?)")
                        .params(name, Timestamp.from(now))
                        .update();
            } catch (DuplicateKeyException raced) {
                // another node inserted it first: its row is counted on below
            }
            countFailure(name, address, maxFailures, now, until);
        }
        return account(name).orElseThrow();
    }

    private int countFailure(String name, String address, int maxFailures, Instant now, Instant until) {
        return jdbc.sql("""
                UPDATE sign_in_account SET
                  failures = CASE WHEN failures + 1 >= :max THEN 0 ELSE failures + 1 END,
                  locked_until = CASE WHEN failures + 1 >= :max THEN :until ELSE locked_until END,
                  last_failure_at = :now, last_address = :address
                WHERE username = :username""")
                .param("max", maxFailures)
                .param("until", Timestamp.from(until))
                .param("now", Timestamp.from(now))
                .param("address", cut(address, ADDRESS_LENGTH))
                .param("username", name)
                .update();
    }

    void forget(String username) {
        jdbc.sql("DELETE FROM sign_in_account WHERE username = ?")
                .param(cut(username, NAME_LENGTH))
                .update();
    }

    /** Ends a lock that is still running; false if there is none. */
    boolean unlock(String username, Instant now) {
        return jdbc.sql("DELETE FROM sign_in_account WHERE username = ? AND locked_until > ?")
                        .params(cut(username, NAME_LENGTH), Timestamp.from(now))
                        .update()
                > 0;
    }

    List<AccountState> locked(Instant now) {
        return jdbc.sql("""
                SELECT username, failures, locked_until, last_address FROM sign_in_account
                WHERE locked_until > ? ORDER BY locked_until, username""")
                .param(Timestamp.from(now))
                .query(SignInFailures::state)
                .list();
    }

    /** The address's failures after {@code since}, oldest first. */
    List<Instant> addressFailures(String address, Instant since) {
        return jdbc.sql("""
                SELECT failed_at FROM sign_in_address_failure WHERE address = ? AND failed_at > ?
                ORDER BY failed_at""")
                .params(cut(address, ADDRESS_LENGTH), Timestamp.from(since))
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .list();
    }

    /** Records one failure of the address and drops what no check reads any more. */
    void addressFailed(String address, Instant now, Duration window) {
        jdbc.sql("INSERT INTO sign_in_address_failure (address, failed_at) VALUES (?, ?)")
                .params(cut(address, ADDRESS_LENGTH), Timestamp.from(now))
                .update();
        jdbc.sql("DELETE FROM sign_in_address_failure WHERE failed_at <= ?")
                .param(Timestamp.from(now.minus(window)))
                .update();
        jdbc.sql("DELETE FROM sign_in_account WHERE failures = 0 AND locked_until <= ?")
                .param(Timestamp.from(now))
                .update();
    }

    private static AccountState state(ResultSet rs, int n) throws SQLException {
        Timestamp until = rs.getTimestamp("locked_until");
        return new AccountState(
                rs.getString("username"),
                rs.getInt("failures"),
                until == null ? null : until.toInstant(),
                rs.getString("last_address"));
    }

    private static String cut(String value, int length) {
        String text = value == null ? "" : value;
        if (text.length() <= length) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length);
    }
}
