package org.reportcycle.system;

import java.time.OffsetDateTime;
import java.util.List;
import org.reportcycle.system.LockedAccounts.Lock;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators list the accounts locked after failed sign-ins and unlock them. */
@RestController
class LockedAccountsApi {

    private final LockedAccounts accounts;

    LockedAccountsApi(LockedAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/accounts/locked")
    List<LockedAccount> locked(@AuthenticationPrincipal CurrentUser user) {
        return accounts.locked(user).stream().map(LockedAccount::of).toList();
    }

    @PostMapping("/api/accounts/{username}/unlock")
    UnlockedAccount unlock(@AuthenticationPrincipal CurrentUser user, @PathVariable String username) {
        Lock lock = accounts.unlock(user, username);
        return new UnlockedAccount(lock.username(), lock.name(), true);
    }

    /** {@code knownUser} false: a username nobody has, locked like a real one so guessing learns nothing. */
    record LockedAccount(
            String username, String name, boolean knownUser, OffsetDateTime lockedUntil, String lastAddress) {

        static LockedAccount of(Lock lock) {
            return new LockedAccount(
                    lock.username(),
                    lock.name(),
                    lock.name() != null,
                    lock.lockedUntil().atZone(OfficeTime.ZONE).toOffsetDateTime(),
                    lock.lastAddress());
        }
    }

    /** The account now unlocked, its failures forgotten. */
    record UnlockedAccount(String username, String name, boolean unlocked) {}
}
