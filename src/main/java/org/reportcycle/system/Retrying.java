package org.reportcycle.system;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a user's action (a {@code @Transactional} service call) again, in a fresh transaction, when it lost a race
 * it did not choose: the engine's own job (a reminder timer) or a lock wait. The action then sees the state the
 * winner left and either succeeds or refuses with its own reason. Used by the controllers around each change.
 */
@Component
public class Retrying {

    /** Attempts in all; a user's action rarely meets more than one engine job at the same moment. */
    public static final int ATTEMPTS = 5;

    private static final Logger log = LoggerFactory.getLogger(Retrying.class);

    /** PostgreSQL: serialization failure, deadlock, lock not available; H2: lock timeout, deadlock. */
    private static final Set<String> LOCK_STATES = Set.of("40001", "40P01", "55P03", "HYT00");

    private static final Set<Integer> H2_LOCK_CODES = Set.of(50200, 40001);

    public <T> T run(Supplier<T> action) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return action.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return action.get();
            } catch (RuntimeException e) {
                if (!isTransient(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    log.warn("Gave up after {} attempts that met concurrent changes: {}", attempt, e.toString());
                    throw e instanceof TransientConflictException ? e : new TransientConflictException(e);
                }
                log.info("Attempt {} met a concurrent change, trying again: {}", attempt, e.toString());
                pause(attempt);
            }
        }
    }

    public void run(Runnable action) {
        run(() -> {
            action.run();
            return null;
        });
    }

    /** A lost race, not a refusal: a lock wait, a deadlock, or an adapter's {@link TransientConflictException}. */
    public static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TransientConflictException
                    || t instanceof PessimisticLockingFailureException
                    || t instanceof QueryTimeoutException
                    || t instanceof SQLTimeoutException
                    || t instanceof SQLTransactionRollbackException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && (LOCK_STATES.contains(sql.getSQLState()) || H2_LOCK_CODES.contains(sql.getErrorCode()))) {
                return true;
            }
            if (t instanceof ReportCycleException) {
                return false;
            }
        }
        return false;
    }

    /**
     * For the engine adapters: an engine command that failed on a lost race, including an integrity violation of
     * the engine's own tables (on PostgreSQL, a job that added a child execution after this transaction read the
     * tree makes its delete of the parent violate a foreign key).
     */
    public static boolean isEngineRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return isTransient(e);
    }

    /** A short random pause, longer after each attempt, so that two retrying actions do not meet again. */
    private static void pause(int attempt) {
        long millis = ThreadLocalRandom.current().nextLong(10, 40) * attempt;
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(millis));
    }
}
