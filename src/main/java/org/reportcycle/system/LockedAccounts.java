package org.reportcycle.system;

import java.time.Instant;
import java.util.List;
import org.reportcycle.system.SignInFailures.AccountState;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** What an administrator sees of locked accounts and how they unlock one; nobody else may do either. */
@Service
class LockedAccounts {

    private final AccountLockout lockout;
    private final UserDetailsService users;

    LockedAccounts(AccountLockout lockout, UserDetailsService users) {
        this.lockout = lockout;
        this.users = users;
    }

    /** A running lock; {@code name} is null for a username nobody has (someone guessing). */
    record Lock(String username, String name, Instant lockedUntil, String lastAddress) {}

    List<Lock> locked(CurrentUser user) {
        user.requireRole(Role.ADMIN);
        return lockout.locked().stream().map(this::lock).toList();
    }

    /** Ends the lock and forgets the failures; 404 if the username has no running lock. */
    Lock unlock(CurrentUser user, String username) {
        user.requireRole(Role.ADMIN);
        Lock lock = lockout.locked().stream()
                .filter(s -> s.username().equals(username))
                .findFirst()
                .map(this::lock)
                .orElseThrow(() -> new NotFoundException("error.account.notLocked", username));
        if (!lockout.unlock(username, user)) {
            throw new NotFoundException("error.account.notLocked", username);
        }
        return lock;
    }

    private Lock lock(AccountState state) {
        return new Lock(state.username(), name(state.username()), state.lockedUntil(), state.lastAddress());
    }

    private String name(String username) {
        try {
            UserDetails user = users.loadUserByUsername(username);
            return user instanceof CurrentUser known ? known.name() : user.getUsername();
        } catch (UsernameNotFoundException unknown) {
            return null;
        }
    }
}
