package org.reportcycle.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the password of a form or HTTP Basic sign-in only if the account is not locked and the client address
 * not throttled (a cheap refusal, before bcrypt), and counts the outcome.
 */
class SignInGuard implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(SignInGuard.class);

    private final AuthenticationProvider passwords;
    private final AccountLockout lockout;

    SignInGuard(AuthenticationProvider passwords, AccountLockout lockout) {
        this.passwords = passwords;
        this.lockout = lockout;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = address(attempt);
        boolean hadFailures = lockout.admit(username, address);
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (AuthenticationException e) {
            lockout.failed(username, address).ifPresent(until -> {
                throw new SignInRefusedException(SignInRefusedException.LOCKED, until);
            });
            throw e;
        }
        lockout.succeeded(username, address, hadFailures);
        log.debug("Authenticated {} from {}", username, AccountLockout.printable(address));
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The client's address as the container sees it (behind a trusted proxy: the forwarded one). */
    private static String address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "unknown";
    }
}
