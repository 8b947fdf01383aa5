package org.reportcycle.notification;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The files of the outbox, stored once however many messages carry them. */
@Component
class Attachments {

    private final JdbcClient jdbc;
    private final Clock clock;

    Attachments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores the file, or returns the one stored before with the same name, type and content. */
    long store(String fileName, String contentType, byte[] content) {
        if (fileName == null
                || fileName.isBlank()
                || contentType == null
                || contentType.isBlank()
                || content == null
                || content.length == 0) {
            throw new IllegalArgumentException("an attachment needs a file name, a content type and content");
        }
        String sha256 = sha256(content);
        return existing(fileName, contentType, sha256).orElseGet(() -> insert(fileName, contentType, content, sha256));
    }

    Attachment load(long id) {
        return jdbc.sql("SELECT id, file_name, content_type, content FROM outbox_attachment WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Attachment(
                        rs.getLong("id"),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getBytes("content")))
                .single();
    }

    private Optional<Long> existing(String fileName, String contentType, String sha256) {
        return jdbc.sql("""
                SELECT id FROM outbox_attachment WHERE sha256 = ? AND file_name = ? AND content_type = ?
                ORDER BY id FETCH FIRST 1 ROWS ONLY""")
                .params(sha256, fileName, contentType)
                .query(Long.class)
                .optional();
    }

    private long insert(String fileName, String contentType, byte[] content, String sha256) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO outbox_attachment (file_name, content_type, content, sha256, created_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(fileName, contentType, content, sha256, Timestamp.from(clock.instant()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
