package org.reportcycle.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.support.SimulatedDays;
import org.reportcycle.support.TestClock;

/**
 * Whole months lived through with the clock moved: the cycle opens by itself on WD-3, the ladder's timers record
 * the reminders of the departments that have not submitted, and the 09:00 digest sends them, on working days
 * only, once. Each expected email is "date recipient: its colour lines", lines sorted.
 */
class ReminderLadderSimulationTest extends CycleTestBase {

    private SimulatedDays days;

    @BeforeEach
    void simulate() {
        days = new SimulatedDays(context);
    }

    @Test
    void anOrdinaryMonthRemindsEachLateDepartmentUpTheLadderAndAReturnedReportAgain() {
        String p = "2026-11";
        days.on(
                        d(2026, 11, 25),
                        () -> List.of("BGS", "JCB", "JJB", "NZG", "XJB").forEach(dep -> cycle.submit(p, dep)))
                .on(d(2026, 11, 27), () -> cycle.submit(p, "ZZB"))
                .on(d(2026, 11, 30), () -> cycle.returnToDepartment(p, "XJB", "请补充数据。"))
                .on(d(2026, 12, 1), () -> {
                    cycle.submit(p, "QYB");
                    cycle.submit(p, "XJB");
                });
        days.run(d(2026, 11, 24), d(2026, 12, 8));

        assertThat(cycle.find(p).openedBy()).isEqualTo("system");
        assertThat(emails())
                .containsExactly(
                        "2026-11-27 gyl@example.org: 【蓝】2026年11月月度报送 · 工业制造业工会联合会（明日截止，请及时填报）",
                        "2026-11-27 qyb@example.org: 【蓝】2026年11月月度报送 · 权益保障部（明日截止，请及时填报）",
                        "2026-11-27 zzb@example.org: 【蓝】2026年11月月度报送 · 组织部（明日截止，请及时填报）",
                        "2026-11-30 gyl@example.org: 【黄】2026年11月月度报送 · 工业制造业工会联合会（今日截止）",
                        "2026-11-30 qyb@example.org: 【黄】2026年11月月度报送 · 权益保障部（今日截止）",
                        "2026-12-01 chen.xiaoyan@example.org: 【红】2026年11月月度报送 · 宣教网络部（逾期未报，抄送分管领导）",
                        "2026-12-01 gyl@example.org: 【红】2026年11月月度报送 · 工业制造业工会联合会（已逾期，请尽快填报）",
                        "2026-12-01 qyb@example.org: 【红】2026年11月月度报送 · 权益保障部（已逾期，请尽快填报）",
                        "2026-12-01 wang.jianguo@example.org: 【红】2026年11月月度报送 · 工业制造业工会联合会（逾期未报，抄送分管领导）"
                                + " | 【红】2026年11月月度报送 · 权益保障部（逾期未报，抄送分管领导）",
                        "2026-12-01 xjb@example.org: 【红】2026年11月月度报送 · 宣教网络部（已逾期，请尽快填报）",
                        "2026-12-02 gyl@example.org: 【红】2026年11月月度报送 · 工业制造业工会联合会（已逾期，请尽快填报）",
                        "2026-12-02 office@example.org: 【红】2026年11月月度报送 · 工业制造业工会联合会（逾期未报，升级办公室催办）");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reminder WHERE status = 'PENDING'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theSpringFestivalOf2019MovesTheLadderTheCompileAndTheSignOffReminders() {
        String p = "2019-01";
        days.on(
                        d(2019, 1, 28),
                        () -> List.of("BGS", "XJB", "QYB", "JCB", "JJB", "NZG").forEach(dep -> cycle.submit(p, dep)))
                .on(d(2019, 2, 1), () -> cycle.submit(p, "ZZB"))
                .on(d(2019, 2, 2), () -> {
                    List.of("BGS", "XJB", "QYB", "JCB", "JJB", "NZG", "ZZB").forEach(dep -> cycle.accept(p, dep));
                    cycle.closeCollection(p);
                })
                .on(d(2019, 2, 3), () -> cycle.sendToSignOff(p))
                .on(d(2019, 2, 12), () -> cycle.approve(p));
        days.run(d(2019, 1, 25), d(2019, 2, 14));

        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(p).count())
                .isZero();
        assertThat(emails())
                .containsExactly(
                        "2019-01-30 gyl@example.org: 【蓝】2019年1月月度报送 · 工业制造业工会联合会（明日截止，请及时填报）",
                        "2019-01-30 zzb@example.org: 【蓝】2019年1月月度报送 · 组织部（明日截止，请及时填报）",
                        "2019-01-31 gyl@example.org: 【黄】2019年1月月度报送 · 工业制造业工会联合会（今日截止）",
                        "2019-01-31 zzb@example.org: 【黄】2019年1月月度报送 · 组织部（今日截止）",
                        "2019-02-01 gyl@example.org: 【红】2019年1月月度报送 · 工业制造业工会联合会（已逾期，请尽快填报）",
                        "2019-02-01 wang.jianguo@example.org: 【红】2019年1月月度报送 · 工业制造业工会联合会（逾期未报，抄送分管领导）"
                                + " | 【红】2019年1月月度报送 · 组织部（逾期未报，抄送分管领导）",
                        "2019-02-01 zzb@example.org: 【红】2019年1月月度报送 · 组织部（已逾期，请尽快填报）",
                        "2019-02-02 gyl@example.org: 【红】2019年1月月度报送 · 工业制造业工会联合会（已逾期，请尽快填报）",
                        "2019-02-02 office@example.org: 【红】2019年1月月度报送 · 工业制造业工会联合会（逾期未报，升级办公室催办）",
                        "2019-02-03 office@example.org: 【黄】2019年1月工作简报今日应完成编辑",
                        "2019-02-12 li.minghua@example.org: 【黄】2019年1月工作简报今日应完成签发");
    }

    @Test
    void midAutumnAndNationalDayPushTheRedRungsPastTheHolidays() {
        String p = "2026-09";
        days.on(
                        d(2026, 9, 24),
                        () -> List.of("BGS", "ZZB", "QYB", "JCB", "JJB", "NZG").forEach(dep -> cycle.submit(p, dep)))
                .on(d(2026, 9, 30), () -> cycle.submit(p, "XJB"));
        days.run(d(2026, 9, 22), d(2026, 10, 14));

        assertThat(emails())
                .containsExactly(
                        "2026-09-29 gyl@example.org: 【蓝】2026年9月月度报送 · 工业制造业工会联合会（明日截止，请及时填报）",
                        "2026-09-29 xjb@example.org: 【蓝】2026年9月月度报送 · 宣教网络部（明日截止，请及时填报）",
                        "2026-09-30 gyl@example.org: 【黄】2026年9月月度报送 · 工业制造业工会联合会（今日截止）",
                        "2026-09-30 xjb@example.org: 【黄】2026年9月月度报送 · 宣教网络部（今日截止）",
                        "2026-10-08 gyl@example.org: 【红】2026年9月月度报送 · 工业制造业工会联合会（已逾期，请尽快填报）",
                        "2026-10-08 wang.jianguo@example.org: 【红】2026年9月月度报送 · 工业制造业工会联合会（逾期未报，抄送分管领导）",
                        "2026-10-09 gyl@example.org: 【红】2026年9月月度报送 · 工业制造业工会联合会（已逾期，请尽快填报）",
                        "2026-10-09 office@example.org: 【红】2026年9月月度报送 · 工业制造业工会联合会（逾期未报，升级办公室催办）");
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    /** The reminder emails written, each as "date recipient: lines" (the lines without due time and link). */
    private List<String> emails() {
        return jdbc
                .sql("SELECT created_at, recipient_email, text_body FROM outbox_message "
                        + "WHERE kind IN ('REMINDER_DIGEST', 'URGE') ORDER BY created_at, recipient_email")
                .query((rs, i) -> rs.getTimestamp(1)
                                .toInstant()
                                .atZone(TestClock.OFFICE_ZONE)
                                .toLocalDate() + " " + rs.getString(2) + ": "
                        + String.join(" | ", lines(rs.getString(3))))
                .list()
                .stream()
                .sorted()
                .toList();
    }

    private static List<String> lines(String body) {
        return Arrays.stream(body.split("\n"))
                .filter(l -> l.startsWith("【"))
                .map(l -> l.contains("｜") ? l.substring(0, l.indexOf('｜')) : l)
                .sorted()
                .toList();
    }
}
