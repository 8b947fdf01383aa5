package org.reportcycle.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.reportcycle.notification.StoredReminder;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.support.ReportDrafts;
import org.reportcycle.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Publishes September 2026's bulletin on Monday 21 September, so that October's plan items are tracked: ZZB's
 * is due by a date ({@link #ZZB_DEADLINE}, two days after National Day's week), every other department's by
 * the month (十月份). Time then moves as the job executor would: each due timer runs at its own time.
 */
abstract class PlanTrackingTestBase extends CycleTestBase {

    static final String SEPTEMBER = "2026-09";
    static final LocalDate ZZB_DEADLINE = LocalDate.of(2026, 10, 9);
    static final LocalDateTime PUBLISHED_AT = LocalDateTime.of(2026, 9, 21, 9, 0);
    static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

    @Autowired
    PlanTracking tracking;

    @Autowired
    PlanExtensions extensions;

    @Autowired
    PlanTrackingStore store;

    /** ZZB's October item, tracked. */
    long zzbItem;

    void publishSeptember() {
        TestClock.setTo(PUBLISHED_AT);
        cycle.open(SEPTEMBER);
        for (String department : cycle.departments(SEPTEMBER)) {
            var draft = ReportDrafts.valid(
                    SEPTEMBER,
                    department,
                    cycle.submission(SEPTEMBER, department).version());
            if (department.equals("ZZB")) {
                var plan = ReportDrafts.nextMonthPlan(SEPTEMBER, department);
                draft = ReportDrafts.of(
                        draft.version(),
                        draft.completions(),
                        List.of(new PlanEntry(
                                plan.title(), plan.responsibleLeader(), plan.departments(), ZZB_DEADLINE.toString())));
            }
            cycle.submit(SEPTEMBER, department, draft);
            cycle.accept(SEPTEMBER, department);
        }
        cycle.signOffAndPublish(SEPTEMBER);
        zzbItem = jdbc.sql("SELECT id FROM plan_item WHERE plan_period = '2026-10' AND department_codes = 'ZZB'")
                .query(Long.class)
                .single();
    }

    ProcessInstance instance(long planItemId) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(PlanTrackingProcess.KEY)
                .processInstanceBusinessKey(PlanTrackingProcess.businessKey(planItemId))
                .singleResult();
    }

    Job timer(long planItemId) {
        return management
                .createJobQuery()
                .timers()
                .processInstanceId(instance(planItemId).getId())
                .singleResult();
    }

    LocalDateTime timerAt(long planItemId) {
        return LocalDateTime.ofInstant(timer(planItemId).getDuedate().toInstant(), OFFICE);
    }

    /** Runs the item's timers due up to {@code until}, each at its due time, and leaves the clock at {@code until}. */
    void runTimersUntil(long planItemId, LocalDateTime until) {
        Date end = Date.from(until.atZone(OFFICE).toInstant());
        for (Job job = timer(planItemId); job != null && !job.getDuedate().after(end); job = timer(planItemId)) {
            ClockUtil.setCurrentTime(job.getDuedate());
            management.executeJob(job.getId());
        }
        TestClock.setTo(until);
    }

    /** The item's reminders as "kind day recipient status", in the order written. */
    List<String> reminders(long planItemId) {
        return jdbc
                .sql("SELECT * FROM reminder WHERE subject_ref = ? ORDER BY id")
                .param("plan:" + planItemId)
                .query(StoredReminder.class)
                .list()
                .stream()
                .map(r -> r.kind() + " " + r.sendOn() + " " + r.recipientUsername() + " " + r.status())
                .toList();
    }

    static LocalDateTime at8(int month, int day) {
        return LocalDate.of(2026, month, day).atTime(LocalTime.of(8, 0));
    }
}
