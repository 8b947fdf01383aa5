package org.reportcycle.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.reportcycle.support.Refusals.refused;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.notification.ReminderDigests;
import org.reportcycle.plan.PlanStatus.Progress;
import org.reportcycle.submission.ReportDraft;
import org.reportcycle.support.ReportDrafts;
import org.reportcycle.system.ConflictException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A published plan item is tracked to its deadline in working days: reminders 5 and 1 working days before, the
 * overdue notice the working day after (copied to the responsible leader), then weekly; around National Day 2026
 * and the Spring Festival 2019 they land on working days only. Reported done or closed, the tracking ends.
 */
class PlanTrackingProcessTest extends PlanTrackingTestBase {

    @Autowired
    PlanReminderPlanner planner;

    @Autowired
    ReminderDigests digests;

    @BeforeEach
    void publish() {
        publishSeptember();
    }

    @Test
    void publishingStartsOneTrackingPerApprovedItemWaitingForTheFirstReminder() {
        long items = jdbc.sql("SELECT COUNT(*) FROM plan_item WHERE plan_period = '2026-10' AND approved")
                .query(Long.class)
                .single();
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(PlanTrackingProcess.KEY)
                        .count())
                .isEqualTo(items)
                .isEqualTo(cycle.departments(SEPTEMBER).size());
        assertThat(instance(zzbItem))
                .isWaitingAt(PlanTrackingProcess.GATEWAY_AWAIT_PLAN_EVENT)
                .hasPassed(PlanTrackingProcess.SERVICE_SCHEDULE_NEXT_REMINDER);
        // WD-5 of Friday 9 October: National Day (1-7 Oct) and Mid-Autumn (25-27 Sep) are skipped.
        assertThat(timerAt(zzbItem)).isEqualTo(at8(9, 24));
        assertThat(store.find(zzbItem).orElseThrow().nextReminderKind()).isEqualTo(PlanReminderKind.DUE_IN_5_DAYS);
    }

    @Test
    void remindsOnWorkingDaysOnlyCopiesTheOverdueNoticeToTheLeaderThenWeekly() {
        runTimersUntil(zzbItem, at8(10, 27));

        assertThat(reminders(zzbItem))
                .containsExactly(
                        "PLAN_DUE_IN_5_DAYS 2026-09-24 zzb PENDING",
                        // Thursday 8 October, the first working day after National Day.
                        "PLAN_DUE_IN_1_DAY 2026-10-08 zzb PENDING",
                        // Saturday 10 October is a make-up workday (调休): the working day after the deadline.
                        "PLAN_OVERDUE 2026-10-10 zzb PENDING",
                        "PLAN_OVERDUE 2026-10-10 wang.jianguo PENDING",
                        // A week later is Saturday the 17th, a day off: the next working day.
                        "PLAN_WEEKLY 2026-10-19 zzb PENDING",
                        "PLAN_WEEKLY 2026-10-26 zzb PENDING");
        assertThat(timerAt(zzbItem)).isEqualTo(at8(11, 2));
    }

    @Test
    void theDigestOfTheDayCarriesTheReminderLines() {
        for (LocalDateTime day : List.of(at8(9, 24), at8(10, 8), at8(10, 10))) {
            runTimersUntil(zzbItem, day.withHour(9));
            digests.send(day.toLocalDate());
        }

        assertThat(digestBodies("wang.jianguo@example.org"))
                .singleElement()
                .asString()
                .contains("【红】计划事项「ZZB做好下月重点工作。」已逾期（完成时限：10月9日前）｜截止 10月9日 17:00");
        assertThat(digestBodies("zzb@example.org"))
                .hasSize(3)
                .satisfiesExactly(
                        b -> assertThat(b).contains("【蓝】", "将于5个工作日后到期").doesNotContain("【黄】"),
                        b -> assertThat(b).contains("【黄】", "将于1个工作日后到期").doesNotContain("【蓝】"),
                        b -> assertThat(b).contains("【红】", "已逾期").doesNotContain("【黄】"));
        assertThat(reminders(zzbItem)).filteredOn(r -> r.contains("OVERDUE")).allMatch(r -> r.endsWith("SENT"));
    }

    @Test
    void aReportStatingTheItemDoneEndsItsTrackingAndCancelsPendingReminders() {
        runTimersUntil(zzbItem, at8(10, 27).withHour(9));
        String october = "2026-10";
        cycle.open(october);
        var due = jdbc.sql("SELECT version FROM submission WHERE period = ? AND department_code = 'ZZB'")
                .param(october)
                .query(Integer.class)
                .single();
        ReportDraft valid = ReportDrafts.valid(october, "ZZB", due);
        cycle.submit(
                october,
                "ZZB",
                new ReportDraft(
                        valid.version(),
                        valid.completions(),
                        List.of(new PlanStatus(zzbItem, Progress.DONE, null)),
                        valid.plans()));
        assertThat(instance(zzbItem)).isNotEnded();

        cycle.accept(october, "ZZB");

        assertThat(instance(zzbItem)).isNull();
        assertThat(reminders(zzbItem)).last().isEqualTo("PLAN_WEEKLY 2026-10-26 zzb CANCELLED");
        assertThat(store.find(zzbItem).orElseThrow().status()).isEqualTo(TrackedPlanItem.Status.DONE);
        assertThat(historicEnd(zzbItem)).isEqualTo(PlanTrackingProcess.END_DONE);
    }

    @Test
    void theOfficeClosesAnItemOnceAndNoReminderFollows() {
        runTimersUntil(zzbItem, at8(9, 24).withMinute(30));

        assertThat(tracking.close(users.office(), zzbItem).status()).isEqualTo(TrackedPlanItem.Status.CLOSED);

        assertThat(instance(zzbItem)).isNull();
        assertThat(historicEnd(zzbItem)).isEqualTo(PlanTrackingProcess.END_CLOSED);
        assertThat(reminders(zzbItem)).containsExactly("PLAN_DUE_IN_5_DAYS 2026-09-24 zzb CANCELLED");
        refused(ConflictException.class, () -> tracking.close(users.office(), zzbItem));
    }

    @Test
    void aMonthDeadlineIsDueOnTheLastWorkingDayOfTheMonth() {
        long other = jdbc.sql("SELECT id FROM plan_item WHERE plan_period = '2026-10' AND department_codes = 'XJB'")
                .query(Long.class)
                .single();
        // 十月份: Friday 30 October; WD-5 is the 23rd.
        assertThat(planner.dueDay(new Deadline(YearMonth.of(2026, 10), null))).isEqualTo(LocalDate.of(2026, 10, 30));
        assertThat(timerAt(other)).isEqualTo(at8(10, 23));
    }

    @Test
    void aroundTheSpringFestival2019TheLadderCountsTheMakeUpWorkdays() {
        Deadline deadline = Deadline.parse("2019-02-15");
        var start = LocalDateTime.of(2019, 1, 20, 9, 0).atZone(OFFICE).toInstant();
        NextReminder first = planner.next(deadline, start);
        NextReminder second = planner.next(deadline, first.at());
        NextReminder third = planner.next(deadline, second.at());
        // 4-10 February off, Sunday 3 February worked: WD-5 of Friday the 15th is that Sunday.
        assertThat(LocalDateTime.ofInstant(first.at(), OFFICE)).isEqualTo(LocalDateTime.of(2019, 2, 3, 8, 0));
        assertThat(LocalDateTime.ofInstant(second.at(), OFFICE)).isEqualTo(LocalDateTime.of(2019, 2, 14, 8, 0));
        assertThat(third.kind()).isEqualTo(PlanReminderKind.OVERDUE);
        assertThat(LocalDateTime.ofInstant(third.at(), OFFICE)).isEqualTo(LocalDateTime.of(2019, 2, 18, 8, 0));
        assertThat(planner.next(deadline, third.at()).kind()).isEqualTo(PlanReminderKind.WEEKLY);
    }

    private String historicEnd(long planItemId) {
        var history = engine.getHistoryService();
        String id = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(PlanTrackingProcess.KEY)
                .processInstanceBusinessKey(PlanTrackingProcess.businessKey(planItemId))
                .singleResult()
                .getId();
        return history.createHistoricActivityInstanceQuery()
                .processInstanceId(id)
                .activityType("noneEndEvent")
                .singleResult()
                .getActivityId();
    }

    private List<String> digestBodies(String email) {
        return jdbc.sql("SELECT text_body FROM outbox_message WHERE kind = 'REMINDER_DIGEST' AND recipient_email = ? "
                        + "ORDER BY id")
                .param(email)
                .query(String.class)
                .list();
    }
}
