package org.reportcycle.bulletin;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportcycle.document.Numbering;
import org.reportcycle.system.ReportingPeriod;

/**
 * A bulletin's header and state; its items are {@link BulletinItem}s. A monthly bulletin is known by its period
 * (2026-11), a special issue by {@code special-<id>}: that is its {@link #key()} in pages and the API. The printed
 * header and footer fields are null on drafts older than them, which print the organisation's values.
 * {@code reopenedReason} says why an approved bulletin came back as a draft without the signer returning it.
 */
public record Bulletin(
        long id,
        String period,
        BulletinKind kind,
        BulletinStatus status,
        int version,
        int issueYear,
        int issueNumber,
        LocalDate issueDate,
        String title,
        String planTitle,
        String intro,
        Numbering numbering,
        String bulletinName,
        String organizationName,
        String editor,
        String phone,
        String signerComment,
        String approvedBy,
        OffsetDateTime approvedAt,
        String approvedHash,
        OffsetDateTime publishedAt,
        String reopenedReason) {

    private static final String SPECIAL_PREFIX = "special-";
    private static final Pattern SPECIAL_KEY = Pattern.compile(SPECIAL_PREFIX + "(\\d{1,18})");

    /** The monthly bulletin's period; empty for a special issue. */
    public Optional<ReportingPeriod> reportingPeriod() {
        return Optional.ofNullable(period).map(ReportingPeriod::parse);
    }

    public String key() {
        return period != null ? period : specialKey(id);
    }

    static String specialKey(long id) {
        return SPECIAL_PREFIX + id;
    }

    /** The id in a special issue's key, or empty when the key is not one (then it should be a period). */
    static Optional<Long> specialId(String key) {
        Matcher m = SPECIAL_KEY.matcher(key == null ? "" : key);
        return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    /** 2026年第7期 */
    public String issueName() {
        return issueYear + "年第" + issueNumber + "期";
    }
}
