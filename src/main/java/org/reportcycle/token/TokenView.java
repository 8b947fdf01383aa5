package org.reportcycle.token;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.reportcycle.system.OfficeTime;

/** A token as its owner sees it in a list: never the token, never its hash. Times in office time. */
record TokenView(
        long id,
        String name,
        OffsetDateTime createdAt,
        OffsetDateTime expiresAt,
        OffsetDateTime lastUsedAt,
        OffsetDateTime revokedAt,
        TokenState state) {

    static TokenView of(ApiToken t, Instant now) {
        return new TokenView(
                t.id(),
                t.name(),
                office(t.createdAt()),
                office(t.expiresAt()),
                office(t.lastUsedAt()),
                office(t.revokedAt()),
                t.state(now));
    }

    static OffsetDateTime office(Instant instant) {
        return instant == null ? null : instant.atZone(OfficeTime.ZONE).toOffsetDateTime();
    }
}
