package org.reportcycle.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reportcycle.support.CycleTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The deadline rush over real HTTP: 200 departments' heads, 50 at a time, read, save and submit their reports;
 * 20 office clerks accept all 200; then 200 reads of the cycle page and of the cycle API. Each person signs in
 * once and keeps the session. The same shape then runs on the bare engine in the same JVM and database. Prints
 * figures; asserts only that the rush got through. Run with {@code mvn test -Pbenchmark -Dtest=RushBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RushBenchmark extends CycleTestBase {

    private static final String PERIOD = "2026-11";
    private static final int DEPARTMENTS = 200;
    private static final int HEAD_CLIENTS = 50;
    private static final int OFFICE_CLIENTS = 20;
    private static final int READS = 200;

    @LocalServerPort
    private int port;

    @Autowired
    private ObjectMapper json;

    @Autowired
    private PasswordEncoder encoder;

    @Override
    protected boolean sharesItsDatabase() {
        return false;
    }

    @Test
    void twoHundredReportsAtTheDeadline() {
        double loadBefore = load();
        ReminderBenchmark.BenchData.departments(jdbc, DEPARTMENTS);
        cycle.open(PERIOD);
        List<String[]> heads = heads();
        RushClients clients = new RushClients(port, PERIOD, json);

        RushPhase signIn = new RushPhase("sign-in").start();
        List<RushClient> headClients = clients.signIn(column(heads, 1), HEAD_CLIENTS, signIn);
        List<RushClient> office = clients.signIn(Collections.nCopies(OFFICE_CLIENTS, "office"), OFFICE_CLIENTS, signIn);
        List<RushPhase.Figures> app = new ArrayList<>(List.of(signIn.finish()));

        List<Integer> all = indexes(heads.size());
        app.add(phase("submit", HEAD_CLIENTS, all, (p, i) -> clients.submit(headClients.get(i), heads.get(i)[0], p)));
        app.add(phase(
                "accept",
                OFFICE_CLIENTS,
                indexes(OFFICE_CLIENTS),
                (p, c) -> acceptShare(clients, office, heads, c, p)));
        List<Integer> reads = indexes(READS);
        app.add(phase(
                "page read",
                OFFICE_CLIENTS,
                reads,
                (p, i) -> clients.read(office.get(i % OFFICE_CLIENTS), "/cycles/" + PERIOD, p)));
        app.add(phase(
                "API read",
                OFFICE_CLIENTS,
                reads,
                (p, i) -> clients.read(office.get(i % OFFICE_CLIENTS), "/api/cycles/" + PERIOD, p)));

        long accepted = jdbc.sql("SELECT COUNT(*) FROM submission WHERE period = ? AND status = 'ACCEPTED'")
                .param(PERIOD)
                .query(Long.class)
                .single();
        List<RushPhase.Figures> bare =
                new BareRushReference(engine).run(column(heads, 0), HEAD_CLIENTS, OFFICE_CLIENTS);
        print(app, bare, loadBefore);

        assertThat(heads).hasSize(DEPARTMENTS);
        assertThat(app.get(1).units()).isEqualTo(DEPARTMENTS);
        assertThat(app.get(2).units()).isEqualTo(DEPARTMENTS);
        assertThat(accepted).isEqualTo(DEPARTMENTS);
        assertThat(app.get(3).units()).isEqualTo(READS);
        assertThat(app.get(4).units()).isEqualTo(READS);
        assertThat(bare).allSatisfy(f -> assertThat(f.units()).isEqualTo(DEPARTMENTS));
    }

    /** Office clerk {@code c} accepts every OFFICE_CLIENTS-th report, one after another. */
    private void acceptShare(
            RushClients clients, List<RushClient> office, List<String[]> heads, int c, RushPhase phase) {
        for (int i = c; i < heads.size(); i += OFFICE_CLIENTS) {
            clients.accept(office.get(c), heads.get(i)[0], phase);
        }
    }

    private interface Step {
        void run(RushPhase phase, int item);
    }

    private static RushPhase.Figures phase(String name, int threads, List<Integer> items, Step step) {
        RushPhase phase = new RushPhase(name).start();
        RushClients.inParallel(threads, items, i -> step.run(phase, i));
        return phase.finish();
    }

    /** Each department of the cycle and one head of it who signs in: {code, username}. */
    private List<String[]> heads() {
        return jdbc.sql("SELECT s.department_code, MIN(u.username) FROM submission s "
                        + "JOIN app_user u ON u.department_code = s.department_code "
                        + "WHERE s.period = ? AND u.enabled AND u.roles LIKE '%DEPARTMENT_HEAD%' "
                        + "GROUP BY s.department_code ORDER BY s.department_code")
                .param(PERIOD)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
    }

    private void print(List<RushPhase.Figures> app, List<RushPhase.Figures> bare, double loadBefore) {
        var config = engine.getProcessEngineConfiguration();
        System.out.printf(
                "%n== RushBenchmark: %d departments, %d head clients, %d office clients, %d reads; database %s,"
                        + " Camunda history %s%n",
                DEPARTMENTS, HEAD_CLIENTS, OFFICE_CLIENTS, READS, config.getDatabaseType(), config.getHistory());
        System.out.printf(
                "password encoder: %s (the test profile's RememberedPasswordChecks around BCrypt: one bcrypt per"
                        + " password and hash); each client signs in once and reuses its session cookie, HTTP"
                        + " Basic would add one password check (bcrypt in production) per call%n",
                encoder.getClass().getName());
        System.out.println("units: sign-in = a session, submit = a report read+saved+submitted (3 requests),"
                + " accept = a report read+accepted (2 requests), read = one GET; cpu ms is the whole JVM's"
                + " (server and clients)");
        System.out.println(RushPhase.Figures.HEADER);
        app.forEach(f -> System.out.println(f.line()));
        bare.forEach(f -> System.out.println(f.line()));
        ratio("submit", app.get(1), bare.get(0));
        ratio("accept", app.get(2), bare.get(1));
        System.out.printf("load average: %.2f before, %.2f after (%d CPUs)%n", loadBefore, load(), cpus());
    }

    private static void ratio(String name, RushPhase.Figures app, RushPhase.Figures bare) {
        System.out.printf(
                "%s app/bare: reports per second %.3f, cpu ms per report %.1f%n",
                name, app.unitsPerSecond() / bare.unitsPerSecond(), app.cpuMsPerUnit() / bare.cpuMsPerUnit());
    }

    private static List<Integer> indexes(int n) {
        return java.util.stream.IntStream.range(0, n).boxed().toList();
    }

    private static List<String> column(List<String[]> rows, int column) {
        return rows.stream().map((Function<String[], String>) r -> r[column]).toList();
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static int cpus() {
        return ManagementFactory.getOperatingSystemMXBean().getAvailableProcessors();
    }
}
