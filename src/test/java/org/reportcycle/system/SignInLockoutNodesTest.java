package org.reportcycle.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Several nodes sharing one database (here: separate guards over the same schema, on in-memory H2; the subclass
 * runs the same on PostgreSQL): failures add up across nodes, a lock holds on every node and after a restart,
 * it is refused without checking the password, and failures racing on two nodes count without an error.
 */
class SignInLockoutNodesTest {

    private static final Instant TEN =
            OffsetDateTime.parse("2026-11-23T10:00:00+08:00").toInstant();
    private static final LockoutSettings SETTINGS =
            new LockoutSettings(5, Duration.ofMinutes(15), 20, Duration.ofMinutes(15));

    private final MovableClock clock = new MovableClock();
    private final AtomicInteger passwordChecks = new AtomicInteger();
    private DataSource database;

    /** A fresh, migrated database for each test. */
    protected DataSource freshDatabase() {
        return new DriverManagerDataSource("jdbc:h2:mem:lockout-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @BeforeEach
    void migrate() {
        database = freshDatabase();
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        clock.now = TEN;
    }

    @Test
    void failuresOnTwoNodesAddUpAndTheLockHoldsEverywhereAndAfterARestartWithoutAPasswordCheck() {
        SignInGuard a = node();
        SignInGuard b = node();
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> a.authenticate(attempt("office", "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> b.authenticate(attempt("office", "wrong")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> b.authenticate(attempt("office", "wrong")))
                .isInstanceOfSatisfying(SignInRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(SignInRefusedException.LOCKED);
                    assertThat(e.until()).isEqualTo(TEN.plus(Duration.ofMinutes(15)));
                    assertThat(e.untilText(TEN)).isEqualTo("10:15");
                });
        int checked = passwordChecks.get();

        SignInGuard restarted = node();
        for (SignInGuard node : List.of(a, b, restarted)) {
            assertThatThrownBy(() -> node.authenticate(attempt("office", "demo")))
                    .isInstanceOf(SignInRefusedException.class);
        }
        assertThat(passwordChecks.get()).as("password checks while locked").isEqualTo(checked);

        clock.now = TEN.plus(Duration.ofMinutes(15));
        assertThat(restarted.authenticate(attempt("office", "demo")).isAuthenticated())
                .isTrue();
    }

    @Test
    void anAddressThrottledOnOneNodeIsThrottledOnTheOther() {
        SignInGuard a = node();
        SignInGuard b = node();
        for (int i = 0; i < 20; i++) {
            SignInGuard node = i % 2 == 0 ? a : b;
            String username = "guess" + i;
            assertThatThrownBy(() -> node.authenticate(attempt(username, "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> b.authenticate(attempt("office", "demo")))
                .isInstanceOfSatisfying(
                        SignInRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(SignInRefusedException.THROTTLED));
    }

    @Test
    void failuresRacingOnTwoNodesAreAllCountedAndNoneIsAnError() throws Exception {
        List<SignInGuard> nodes = List.of(node(), node());
        int racers = 8;
        CyclicBarrier start = new CyclicBarrier(racers);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<AuthenticationException>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                SignInGuard node = nodes.get(i % 2);
                outcomes.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        node.authenticate(attempt("racer", "wrong"));
                        return null;
                    } catch (AuthenticationException refused) {
                        return refused;
                    }
                }));
            }
            for (Future<AuthenticationException> outcome : outcomes) {
                assertThat(outcome.get(30, TimeUnit.SECONDS)).isNotNull();
            }
        } finally {
            pool.shutdownNow();
        }
        Integer failures = JdbcClient.create(database)
                .sql("SELECT failures FROM sign_in_account WHERE username = 'racer'")
                .query(Integer.class)
                .single();
        assertThat(failures).as("failures after the lock's reset").isEqualTo(racers - 5 - refusedBeforeCheck());
        assertThatThrownBy(() -> nodes.get(0).authenticate(attempt("racer", "demo")))
                .isInstanceOf(SignInRefusedException.class);
    }

    /** Racers that arrived after the lock was taken are refused unchecked and not counted. */
    private int refusedBeforeCheck() {
        return 8 - passwordChecks.get();
    }

    private SignInGuard node() {
        AccountLockout lockout = new AccountLockout(new SignInFailures(JdbcClient.create(database)), SETTINGS, clock);
        return new SignInGuard(new DemoPasswords(passwordChecks), lockout);
    }

    private static Authentication attempt(String username, String password) {
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        attempt.setDetails(new WebAuthenticationDetails("192.0.2.7", null));
        return attempt;
    }

    /** Every user's password is "demo"; counts how often a password was checked. */
    private record DemoPasswords(AtomicInteger checks) implements AuthenticationProvider {

        @Override
        public Authentication authenticate(Authentication attempt) {
            checks.incrementAndGet();
            if (!"demo".equals(attempt.getCredentials())) {
                throw new BadCredentialsException("wrong password");
            }
            return UsernamePasswordAuthenticationToken.authenticated(attempt.getName(), null, List.of());
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    }

    /** The time the test says it is. */
    private static final class MovableClock extends Clock {

        private volatile Instant now;

        @Override
        public ZoneId getZone() {
            return OfficeTime.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
