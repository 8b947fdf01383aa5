package org.reportcycle.system;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request authenticated by a personal API token. Its own type, so that what a token may not do (create or
 * revoke tokens) can be told from what its owner may do signed in with a password.
 */
public final class BearerAuthentication extends AbstractAuthenticationToken {

    private final CurrentUser user;

    BearerAuthentication(CurrentUser user) {
        super(user.getAuthorities());
        this.user = user;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public CurrentUser getPrincipal() {
        return user;
    }
}
