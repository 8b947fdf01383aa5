package org.reportcycle.token;

import java.time.Instant;

/** One stored token, as the module reads it; never an answer (answers are {@link TokenView}). */
record ApiToken(
        long id,
        String ownerUsername,
        String name,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastUsedAt) {

    TokenState state(Instant now) {
        if (revokedAt != null) {
            return TokenState.REVOKED;
        }
        return now.isBefore(expiresAt) ? TokenState.ACTIVE : TokenState.EXPIRED;
    }
}
