package org.reportcycle.bulletin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.reportcycle.document.BulletinDocument;
import org.reportcycle.document.BulletinDocx;
import org.reportcycle.document.BulletinPdf;
import org.reportcycle.document.BulletinRenderer;
import org.reportcycle.system.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The files of a bulletin. When a draft goes to sign-off every format is rendered once and stored; the signer
 * approves those files (their combined hash), and publishing archives and sends exactly them.
 */
@Component
class BulletinRenditions {

    private final BulletinRenderer renderer;
    private final BulletinDocx docx;
    private final BulletinPdf pdf;
    private final JdbcClient jdbc;
    private final Clock clock;

    BulletinRenditions(BulletinRenderer renderer, BulletinDocx docx, BulletinPdf pdf, JdbcClient jdbc, Clock clock) {
        this.renderer = renderer;
        this.docx = docx;
        this.pdf = pdf;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether this format can be made here (the PDF needs a CJK font). */
    boolean available(BulletinFormat format) {
        return switch (format) {
            case TXT, HTML, DOCX -> true;
            case PDF -> pdf.available();
        };
    }

    byte[] render(BulletinFormat format, BulletinDocument doc) {
        return switch (format) {
            case TXT -> renderer.text(doc).getBytes(StandardCharsets.UTF_8);
            case HTML -> renderer.standalone(doc).getBytes(StandardCharsets.UTF_8);
            case DOCX -> docx.render(doc);
            case PDF -> pdf.render(doc);
        };
    }

    /** Renders every available format of this version and keeps the files, replacing earlier ones. */
    void store(long bulletinId, int version, BulletinDocument doc) {
        jdbc.sql("DELETE FROM bulletin_rendition WHERE bulletin_id = ?")
                .param(bulletinId)
                .update();
        for (BulletinFormat format : BulletinFormat.values()) {
            if (available(format)) {
                byte[] content = render(format, doc);
                jdbc.sql("""
                        INSERT INTO bulletin_rendition (bulletin_id, format, bulletin_version, content, sha256, rendered_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                        .params(
                                bulletinId,
                                format.name(),
                                version,
                                content,
                                sha256(content),
                                Timestamp.from(clock.instant()))
                        .update();
            }
        }
    }

    List<Rendition> stored(long bulletinId) {
        return jdbc.sql(
                        "SELECT format, bulletin_version, content, sha256 FROM bulletin_rendition WHERE bulletin_id = ?")
                .param(bulletinId)
                .query(RecordRows.of(Rendition.class))
                .list();
    }

    /** Which formats are stored, without reading the files. */
    List<BulletinFormat> formats(long bulletinId) {
        return jdbc.sql("SELECT format FROM bulletin_rendition WHERE bulletin_id = ?")
                .param(bulletinId)
                .query((rs, n) -> BulletinFormat.valueOf(rs.getString(1)))
                .list();
    }

    Optional<Rendition> stored(long bulletinId, BulletinFormat format) {
        return jdbc.sql("""
                SELECT format, bulletin_version, content, sha256 FROM bulletin_rendition
                WHERE bulletin_id = ? AND format = ?""")
                .params(bulletinId, format.name())
                .query(RecordRows.of(Rendition.class))
                .optional();
    }

    /** One hash over every stored file (each file's own hash, in format order): what the signer approves. */
    static String hash(List<Rendition> files) {
        String list = files.stream()
                .sorted(Comparator.comparing(Rendition::format))
                .map(r -> r.format().name() + ":" + r.sha256())
                .collect(Collectors.joining("\n"));
        return sha256(list.getBytes(StandardCharsets.UTF_8));
    }

    /** The fingerprint of a file, as the signer's approval records it. */
    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A stored file; {@code sha256} was taken when it was rendered. */
    record Rendition(BulletinFormat format, int bulletinVersion, byte[] content, String sha256) {

        /** The content still is what was rendered. */
        boolean intact() {
            return BulletinRenditions.sha256(content).equals(sha256);
        }
    }
}
