package org.reportcycle.bulletin;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A published bulletin in the archive, with the formats it can be downloaded in. */
public record ArchiveEntry(String key, BulletinKind kind, int issueYear, int issueNumber, LocalDate issueDate,
        String title, OffsetDateTime publishedAt, List<String> formats) {
}
