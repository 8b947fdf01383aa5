package org.reportcycle.bulletin;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A bulletin's header and state; its items are {@link BulletinItem}s. */
public record Bulletin(long id, String period, BulletinStatus status, int version, int issueYear, int issueNumber,
        LocalDate issueDate, String title, String planTitle, String intro, String signerComment, String approvedBy,
        OffsetDateTime approvedAt, String approvedHash, OffsetDateTime publishedAt) {
}
