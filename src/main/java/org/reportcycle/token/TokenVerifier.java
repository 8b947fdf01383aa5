package org.reportcycle.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.reportcycle.system.BearerTokens;
import org.springframework.stereotype.Component;

/**
 * Checks a Bearer token for the security filter: one indexed read per request, and a write of the last use at
 * most once a minute per token, so a script's calls do not each write a row.
 */
@Component
class TokenVerifier implements BearerTokens {

    static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    private final ApiTokenStore store;
    private final Clock clock;

    TokenVerifier(ApiTokenStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Optional<String> ownerOf(String token) {
        if (!TokenSecrets.wellFormed(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiToken> live = store.byHash(TokenSecrets.hash(token)).filter(t -> t.state(now) == TokenState.ACTIVE);
        live.ifPresent(t -> recordUse(t, now));
        return live.map(ApiToken::ownerUsername);
    }

    private void recordUse(ApiToken token, Instant now) {
        Instant since = now.minus(USE_RECORDED_EVERY);
        if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(since)) {
            store.used(token.id(), now, since);
        }
    }
}
