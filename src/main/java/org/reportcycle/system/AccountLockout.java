package org.reportcycle.system;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.reportcycle.system.SignInFailures.AccountState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Decides whether a sign-in may be tried at all (account not locked, address not throttled) and counts the
 * outcome. Unknown usernames are counted and locked like real ones, so the answers never tell them apart.
 */
@Service
class AccountLockout {

    private static final Logger log = LoggerFactory.getLogger(AccountLockout.class);

    private final SignInFailures failures;
    private final LockoutSettings settings;
    private final Clock clock;

    AccountLockout(SignInFailures failures, LockoutSettings settings, Clock clock) {
        this.failures = failures;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Refuses a locked account or a throttled address before any password is checked.
     *
     * @return whether failures of this username are on record (a success then clears them)
     */
    boolean admit(String username, String address) {
        Instant now = clock.instant();
        Optional<AccountState> account = failures.account(username);
        if (account.map(AccountState::lockedUntil).filter(now::isBefore).isPresent()) {
            log.warn(
                    "Sign-in refused: account {} is locked until {} (from {})",
                    printable(username),
                    account.get().lockedUntil(),
                    printable(address));
            throw new SignInRefusedException(
                    SignInRefusedException.LOCKED, account.get().lockedUntil());
        }
        List<Instant> recent = failures.addressFailures(address, now.minus(settings.addressWindow()));
        if (recent.size() >= settings.addressMaxFailures()) {
            Instant until =
                    recent.get(recent.size() - settings.addressMaxFailures()).plus(settings.addressWindow());
            log.warn(
                    "Sign-in refused: address {} failed {} times within {} (username {})",
                    printable(address),
                    recent.size(),
                    settings.addressWindow(),
                    printable(username));
            throw new SignInRefusedException(SignInRefusedException.THROTTLED, until);
        }
        return account.isPresent();
    }

    /**
     * Counts a failed sign-in.
     *
     * @return the end of the lock if this failure reached the limit
     */
    Optional<Instant> failed(String username, String address) {
        Instant now = clock.instant();
        failures.addressFailed(address, now, settings.addressWindow());
        AccountState state =
                failures.failed(username, address, settings.maxFailures(), now, now.plus(settings.lockFor()));
        if (state.lockedUntil() != null && state.lockedUntil().isAfter(now)) {
            if (state.failures() == 0) {
                log.warn(
                        "Account {} locked until {} after {} failed sign-ins in a row (last from {})",
                        printable(username),
                        state.lockedUntil(),
                        settings.maxFailures(),
                        printable(address));
            }
            return Optional.of(state.lockedUntil());
        }
        log.warn(
                "Sign-in failed for {} from {} ({} in a row)",
                printable(username),
                printable(address),
                state.failures());
        return Optional.empty();
    }

    void succeeded(String username, String address, boolean hadFailures) {
        if (hadFailures) {
            failures.forget(username);
            log.info(
                    "Signed in: {} from {}; earlier failed sign-ins forgotten",
                    printable(username),
                    printable(address));
        }
    }

    List<AccountState> locked() {
        return failures.locked(clock.instant());
    }

    /** @return false if the account has no running lock */
    boolean unlock(String username, CurrentUser by) {
        boolean unlocked = failures.unlock(username, clock.instant());
        if (unlocked) {
            log.info("Account {} unlocked by {}", printable(username), by.username());
        }
        return unlocked;
    }

    /** Whatever was typed as a username goes into the log on one line, cut to a readable length. */
    static String printable(String text) {
        String line = text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
        return line.length() <= 100 ? line : line.substring(0, 100) + "…";
    }
}
