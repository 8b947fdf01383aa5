package org.reportcycle.notification;

import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Logs an error when a mailing ({@link NoticeKey#mailing}, e.g. {@code distribution:42:}) can no longer be
 * complete: once, at its first email that fails for good.
 */
final class MailingAlarm {

    private static final Logger log = LoggerFactory.getLogger(MailingAlarm.class);

    private final JdbcClient jdbc;

    MailingAlarm(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Email {@code id} has just failed for good. Only the lowest failed id of a mailing raises the alarm, so two
     * nodes failing emails of one mailing at the same moment log it once or twice, never not at all.
     */
    void failed(long id, String key) {
        NoticeKey.Prefix mailing = new NoticeKey(key).mailing();
        String like = mailing.like();
        boolean earlier = jdbc.sql("""
                SELECT COUNT(*) FROM outbox_message WHERE idempotency_key LIKE ? ESCAPE '\\' AND status = 'FAILED'
                AND id < ?""").params(like, id).query(Long.class).single() > 0;
        if (earlier) {
            return;
        }
        Map<String, Long> counts =
                jdbc.sql("""
                SELECT status, COUNT(*) AS n FROM outbox_message WHERE idempotency_key LIKE ? ESCAPE '\\'
                GROUP BY status""").param(like).query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        log.error(
                "Mailing {} will not be complete: email {} failed for good; {} delivered, {} pending, {} failed",
                mailing,
                id,
                counts.getOrDefault("SENT", 0L),
                counts.getOrDefault("PENDING", 0L),
                counts.getOrDefault("FAILED", 0L));
    }
}
