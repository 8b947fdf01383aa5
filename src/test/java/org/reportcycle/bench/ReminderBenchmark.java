package org.reportcycle.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reportcycle.calendar.WorkingDays;
import org.reportcycle.notification.OutboxSender;
import org.reportcycle.plan.PlanTracking;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.support.FreePort;
import org.reportcycle.support.SimulatedDays;
import org.reportcycle.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Three simulated months of reminders for 200 departments and 10,000 open plan items, through the engine's
 * jobs, the digest and the outbox into a real SMTP server (GreenMail). Prints figures; run with
 * {@code mvn test -Pbenchmark -Dtest=ReminderBenchmark}. Jobs are run in the test's thread, day by day, with
 * the clock moved (the job executor's threads would only add waiting).
 */
@Tag("benchmark")
class ReminderBenchmark extends CycleTestBase {

    private static final int DEPARTMENTS = 200;
    private static final int PLAN_ITEMS = 10_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2027, 2, 28);
    private static final int SMTP_PORT = FreePort.next();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
                    new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(true);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("reportcycle.mail.batch-size", () -> 500);
    }

    @Autowired
    private OutboxSender sender;

    @Autowired
    private PlanTracking tracking;

    @Autowired
    private WorkingDays workingDays;

    @Autowired
    private TransactionTemplate tx;

    @Override
    protected boolean sharesItsDatabase() {
        return false;
    }

    @Test
    void threeMonthsOfReminders() {
        BenchData.departments(jdbc, DEPARTMENTS);
        TestClock.setTo(LocalDate.of(2026, 11, 25), LocalTime.of(9, 0));
        cycle.open("2026-11");
        List<Long> items = BenchData.planItems(jdbc, PLAN_ITEMS, new Random(7), FIRST_DAY, LAST_DAY);
        long startTracking = System.nanoTime();
        for (int from = 0; from < items.size(); from += 500) {
            List<Long> batch = items.subList(from, Math.min(items.size(), from + 500));
            tx.executeWithoutResult(s -> tracking.start(batch));
        }
        double trackingSeconds = seconds(startTracking);
        HeapPeaks.reset();

        Timing timing = new Timing();
        SimulatedDays days = new SimulatedDays(context);
        for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
            days.on(day, timing::deliver);
        }
        long start = System.nanoTime();
        days.run(FIRST_DAY, LAST_DAY);
        double wall = seconds(start);

        long reminders =
                jdbc.sql("SELECT COUNT(*) FROM reminder").query(Long.class).single();
        long delivered = jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE status = 'SENT'")
                .query(Long.class)
                .single();
        long workingDayCount = FIRST_DAY
                .datesUntil(LAST_DAY.plusDays(1))
                .filter(workingDays::isWorkingDay)
                .count();
        double bare = BareTimerReference.timersPerSecond(
                engine,
                PLAN_ITEMS,
                LAST_DAY.plusDays(1).atStartOfDay(TestClock.OFFICE_ZONE).toInstant());
        double jobSeconds = wall - timing.seconds;

        assertThat(reminders).isPositive();
        assertThat(SMTP.getReceivedMessages()).hasSize((int) delivered);
        System.out.printf(
                "%n== ReminderBenchmark: %d departments, %d plan items, %s to %s (%d working days)%n",
                DEPARTMENTS, PLAN_ITEMS, FIRST_DAY, LAST_DAY, workingDayCount);
        System.out.printf(
                "starting tracking:             %.1f s (%.0f items/s)%n",
                trackingSeconds, PLAN_ITEMS / trackingSeconds);
        System.out.printf(
                "reminders produced:            %d (%.0f /s of job time)%n", reminders, reminders / jobSeconds);
        System.out.printf(
                "emails delivered (GreenMail):  %d (%.0f /s of delivery time)%n",
                delivered, delivered / timing.seconds);
        System.out.printf("wall time per working day:     %.2f s (total %.1f s)%n", wall / workingDayCount, wall);
        System.out.printf("peak heap:                     %d MiB%n", HeapPeaks.mib());
        System.out.printf(
                "bare engine timers:            %.0f /s; reminders per second relative to it: %.2f%n",
                bare, reminders / jobSeconds / bare);
    }

    /** Delivery time is kept apart from the job time. */
    private final class Timing {
        private double seconds;

        void deliver() {
            long start = System.nanoTime();
            while (sender.deliverDue() > 0) {
                // deliver every batch that is due now
            }
            seconds += seconds(start);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Bulk rows for the benchmark, written with SQL: departments with one head each, and approved plan items. */
    static final class BenchData {

        private BenchData() {}

        static void departments(org.springframework.jdbc.core.simple.JdbcClient jdbc, int total) {
            String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'zzb'")
                    .query(String.class)
                    .single();
            int existing = jdbc.sql("SELECT COUNT(*) FROM department")
                    .query(Integer.class)
                    .single();
            for (int i = existing + 1; i <= total; i++) {
                String code = "D%03d".formatted(i);
                jdbc.sql(
                                "INSERT INTO department (code, name, display_order, responsible_leader, participating, active) "
                                        + "VALUES (?, ?, ?, 'wang.jianguo', TRUE, TRUE)")
                        .params(code, "部室" + i, 100 + i)
                        .update();
                jdbc.sql("INSERT INTO app_user (username, name, email, password_hash, department_code, roles, enabled) "
                                + "VALUES (?, ?, ?, ?, ?, 'DEPARTMENT_HEAD', TRUE)")
                        .params(code.toLowerCase(), "负责人" + i, code.toLowerCase() + "@example.org", hash, code)
                        .update();
            }
        }

        /** Approved plan items of November's reports, deadlines spread over the months from {@code first}. */
        static List<Long> planItems(
                org.springframework.jdbc.core.simple.JdbcClient jdbc,
                int total,
                Random random,
                LocalDate first,
                LocalDate last) {
            List<Object[]> submissions = jdbc.sql("SELECT id, department_code FROM submission WHERE period = '2026-11'")
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                    .list();
            int span = (int) (last.toEpochDay() - first.toEpochDay());
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                Object[] s = submissions.get(i % submissions.size());
                LocalDate deadline = first.plusDays(random.nextInt(span + 1));
                boolean byMonth = random.nextInt(3) == 0;
                jdbc.sql("INSERT INTO plan_item (submission_id, plan_period, position, title, responsible_leader, "
                                + "department_codes, deadline_month, deadline_date, approved) "
                                + "VALUES (?, '2026-12', ?, ?, 'wang.jianguo', ?, ?, ?, TRUE)")
                        .params(
                                s[0],
                                i,
                                "计划事项 " + i,
                                s[1],
                                byMonth ? YearMonth.from(deadline).toString() : null,
                                byMonth ? null : Date.valueOf(deadline))
                        .update();
            }
            ids.addAll(jdbc.sql("SELECT id FROM plan_item ORDER BY id")
                    .query(Long.class)
                    .list());
            return ids;
        }
    }
}
