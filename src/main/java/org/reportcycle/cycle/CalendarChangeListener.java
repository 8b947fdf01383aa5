package org.reportcycle.cycle;

import static org.reportcycle.cycle.MonthlyCycleProcess.KEY;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.reportcycle.bulletin.BulletinIssueWorkflow;
import org.reportcycle.calendar.CalendarChanged;
import org.reportcycle.submission.SubmissionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When the calendar changes, every cycle still collecting gets its submission due recomputed; where it moved,
 * the cycle, its reports, the process variable and the open report tasks move with it, in the
 * administrator's transaction; so do the open timers of the reminder ladder, wherever their day moved. In cycles
 * being compiled, the compile and sign-off tasks' due dates and due-day timers move likewise. Cycles that are not
 * yet open read the calendar when they open.
 */
@Component
class CalendarChangeListener {

    private static final Logger log = LoggerFactory.getLogger(CalendarChangeListener.class);

    private final Cycles cycles;
    private final CycleSchedule schedule;
    private final SubmissionService submissions;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final Clock clock;
    private final BulletinIssueWorkflow issues;

    CalendarChangeListener(Cycles cycles, CycleSchedule schedule, SubmissionService submissions,
            RuntimeService runtime, TaskService tasks, ManagementService management, Clock clock,
            BulletinIssueWorkflow issues) {
        this.issues = issues;
        this.clock = clock;
        this.cycles = cycles;
        this.schedule = schedule;
        this.submissions = submissions;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
    }

    @EventListener
    @Transactional
    void calendarChanged(CalendarChanged event) {
        CycleWorkflow.engine(() -> move(event));
    }

    private void move(CalendarChanged event) {
        for (ReportingCycle cycle : cycles.collecting()) {
            Instant due = schedule.submissionDue(YearMonth.parse(cycle.period()));
            Instant before = cycle.submissionDueAt().toInstant();
            if (!due.equals(before)) {
                moveSubmissionDue(cycle.period(), due);
                if (due.isBefore(clock.instant())) {
                    // The pages refuse this (CalendarPreview); the API does as told, so it is said loudly.
                    log.warn("Calendar {} changed: reports for {} now due {}, a time already past (were due {})",
                        event.year(), cycle.period(), due, before);
                }
                log.info("Calendar {} changed: reports for {} now due {} (were due {})", event.year(),
                    cycle.period(), due, before);
            }
            moveLadderTimers(cycle.period());
            // A report waiting for review is due when the bulletin is: the office reviews before compiling.
            moveStep(cycle.period(), MonthlyCycleProcess.TASK_REVIEW_SUBMISSION, null,
                Date.from(schedule.compileDue(YearMonth.parse(cycle.period()))));
        }
        for (ReportingCycle cycle : cycles.compilingCycles()) {
            YearMonth month = YearMonth.parse(cycle.period());
            moveStep(cycle.period(), MonthlyCycleProcess.TASK_COMPILE_BULLETIN,
                MonthlyCycleProcess.BOUNDARY_COMPILE_DUE, Date.from(schedule.compileDue(month)));
            Date signOffDue = Date.from(schedule.signOffDue(month));
            issues.signOffDueMoved(cycle.period(), signOffDue, schedule.dueDayTimer(signOffDue));
        }
    }

    /** Moves an open step's due date and its due-day reminder timer, if it has one. */
    private void moveStep(String period, String taskKey, String dueTimer, Date due) {
        for (Task task : tasks.createTaskQuery().processDefinitionKey(KEY).processInstanceBusinessKey(period)
                .taskDefinitionKey(taskKey).list()) {
            if (!due.equals(task.getDueDate())) {
                task.setDueDate(due);
                tasks.saveTask(task);
                log.info("Calendar changed: {} of {} now due {}", taskKey, period, due.toInstant());
            }
            if (dueTimer != null) {
                management.createJobQuery().processInstanceId(task.getProcessInstanceId()).activityId(dueTimer)
                    .timers().list().forEach(job -> management.setJobDuedate(job.getId(), schedule.dueDayTimer(due)));
            }
        }
    }

    private void moveLadderTimers(String period) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
            .processInstanceBusinessKey(period).singleResult();
        if (instance == null) {
            return;
        }
        YearMonth month = YearMonth.parse(period);
        for (LadderRung rung : LadderRung.values()) {
            Date at = Date.from(schedule.ladderAt(month, rung));
            for (Job job : management.createJobQuery().processInstanceId(instance.getId())
                    .activityId(rung.boundaryEvent()).timers().list()) {
                if (!at.equals(job.getDuedate())) {
                    management.setJobDuedate(job.getId(), at);
                    log.info("Calendar changed: {} reminder of {} now at {}", rung, period, at.toInstant());
                }
            }
        }
    }

    private void moveSubmissionDue(String period, Instant due) {
        cycles.moveSubmissionDue(period, due);
        submissions.moveDue(period, due);
        Date dueDate = Date.from(due);
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
            .processInstanceBusinessKey(period).singleResult();
        if (instance != null) {
            runtime.setVariable(instance.getId(), MonthlyCycleProcess.VAR_SUBMISSION_DUE_AT, dueDate);
        }
        for (Task task : tasks.createTaskQuery().processDefinitionKey(KEY).processInstanceBusinessKey(period)
                .taskDefinitionKey(MonthlyCycleProcess.TASK_SUBMIT_REPORT).list()) {
            task.setDueDate(dueDate);
            tasks.saveTask(task);
        }
    }
}
