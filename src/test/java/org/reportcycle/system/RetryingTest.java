package org.reportcycle.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.support.Refusals.refused;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;

/** What is tried again (lost races), how often, and what is not (a refusal is the user's answer at once). */
class RetryingTest {

    private final Retrying retrying = new Retrying();
    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void aLostRaceIsTriedAgainUntilItSucceeds() {
        String result = retrying.run(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new TransientConflictException(new IllegalStateException("engine job"));
            }
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void aLockThatIsNeverGrantedEndsAsA409AfterTheBound() {
        TransientConflictException gaveUp = refused(
                TransientConflictException.class,
                () -> retrying.run(() -> {
                    attempts.incrementAndGet();
                    throw new CannotAcquireLockException("lock timeout");
                }));

        assertThat(attempts).hasValue(Retrying.ATTEMPTS);
        assertThat(gaveUp.messageKey()).isEqualTo("error.concurrent");
        assertThat(gaveUp.status().value()).isEqualTo(409);
    }

    @Test
    void aRefusalOrAnUnrelatedErrorIsNotTriedAgain() {
        refused(
                ConflictException.class,
                () -> retrying.run(() -> {
                    attempts.incrementAndGet();
                    throw new ConflictException("error.cycle.exists", "2026-11");
                }));
        refused(
                DataIntegrityViolationException.class,
                () -> retrying.run(() -> {
                    attempts.incrementAndGet();
                    throw new DataIntegrityViolationException("not null");
                }));

        assertThat(attempts).hasValue(2);
    }

    @Test
    void lockWaitsAndDeadlocksOfBothDatabasesAreLostRaces() {
        assertThat(Retrying.isTransient(new RuntimeException(new SQLException("lock timeout", "HYT00", 50200))))
                .isTrue();
        assertThat(Retrying.isTransient(new RuntimeException(new SQLException("deadlock", "40P01"))))
                .isTrue();
        assertThat(Retrying.isTransient(new RuntimeException(new SQLException("fk", "23503"))))
                .isFalse();
        assertThat(Retrying.isEngineRace(new RuntimeException(new SQLException("fk", "23503"))))
                .isTrue();
    }
}
