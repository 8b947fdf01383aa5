package org.reportcycle.bulletin;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A published bulletin in the archive: who signed it off (签发人, by name) and when, and the formats it can be
 * downloaded in.
 */
public record ArchiveEntry(
        String key,
        BulletinKind kind,
        int issueYear,
        int issueNumber,
        LocalDate issueDate,
        String title,
        String signerName,
        OffsetDateTime signedAt,
        OffsetDateTime publishedAt,
        List<String> formats) {}
