package org.reportcycle.token;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.OffsetDateTime;
import java.util.List;
import org.reportcycle.system.BearerAuthentication;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.ForbiddenException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's own API tokens. Making and revoking need the password (Basic or a session): a token may
 * list tokens but not mint or revoke them, so a leaked token cannot make more of itself.
 */
@RestController
@RequestMapping("/api/tokens")
class ApiTokenApi {

    private final ApiTokens tokens;

    ApiTokenApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    List<TokenView> list(@AuthenticationPrincipal CurrentUser user) {
        return tokens.list(user).stream()
                .map(t -> TokenView.of(t, tokens.now()))
                .toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    NewToken create(
            Authentication authentication,
            @AuthenticationPrincipal CurrentUser user,
            @RequestBody TokenRequest request) {
        refuseToken(authentication);
        return NewToken.of(tokens.create(user, request.name(), request.days()));
    }

    /** 204 for the request that revoked it; 409 if it was revoked already; 404 if it is not the caller's. */
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(Authentication authentication, @AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        refuseToken(authentication);
        tokens.revoke(user, id);
    }

    private static void refuseToken(Authentication authentication) {
        if (authentication instanceof BearerAuthentication) {
            throw new ForbiddenException("error.forbidden.tokenByToken");
        }
    }

    /** What a script sends: a name and the days until it expires (90 if left out). */
    record TokenRequest(
            @JsonDeserialize(using = StrictFields.Text.class)
            String name,

            @JsonDeserialize(using = StrictFields.WholeNumber.class)
            Integer days) {}

    /** The token made: {@code token} is shown this once and kept nowhere. */
    record NewToken(long id, String name, OffsetDateTime createdAt, OffsetDateTime expiresAt, String token) {

        static NewToken of(ApiTokens.Created created) {
            ApiToken t = created.token();
            return new NewToken(
                    t.id(),
                    t.name(),
                    TokenView.office(t.createdAt()),
                    TokenView.office(t.expiresAt()),
                    created.plaintext());
        }
    }
}
