package org.reportcycle.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.NotFoundException;
import org.reportcycle.system.Validation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** A person's own tokens: made, listed and revoked by their owner only; nobody sees another's. */
@Service
class ApiTokens {

    static final int NAME_LENGTH = 50;
    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 365;

    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);

    private final ApiTokenStore store;
    private final Clock clock;

    ApiTokens(ApiTokenStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A token made, with its plaintext: the only time anyone sees it. */
    record Created(ApiToken token, String plaintext) {}

    /** {@code days} null means {@value #DEFAULT_DAYS}. */
    Created create(CurrentUser user, String name, Integer days) {
        int valid = days == null ? DEFAULT_DAYS : days;
        new Validation()
                .text(name, "name", NAME_LENGTH)
                .require(valid >= 1 && valid <= MAX_DAYS, "days", "error.token.days", MAX_DAYS)
                .throwIfInvalid();
        String plaintext = TokenSecrets.generate();
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(valid));
        long id = store.insert(user.username(), name.strip(), TokenSecrets.hash(plaintext), now, expires);
        log.info("API token {} '{}' made by {}, expires {}", id, name.strip(), user.username(), expires);
        return new Created(new ApiToken(id, user.username(), name.strip(), now, expires, null, null), plaintext);
    }

    List<ApiToken> list(CurrentUser user) {
        return store.ofOwner(user.username());
    }

    /** Another person's token is as unknown as one that does not exist; one revoked already is a conflict. */
    ApiToken revoke(CurrentUser user, long id) {
        Instant now = clock.instant();
        if (!store.revoke(user.username(), id, now)) {
            ApiToken token = store.ofOwner(user.username(), id)
                    .orElseThrow(() -> new NotFoundException("error.token.notFound", id));
            throw new ConflictException("error.token.revokedAlready", token.name());
        }
        log.info("API token {} revoked by {}", id, user.username());
        return store.ofOwner(user.username(), id).orElseThrow();
    }

    Instant now() {
        return clock.instant();
    }
}
