package org.reportcycle.cycle;

import static org.reportcycle.cycle.MonthlyCycleProcess.KEY;

import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.reportcycle.system.ReportingPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moves a running cycle's due dates and timers when the calendar changes, in the caller's transaction: the
 * submission due variable and report tasks, the ladder's timers, a step's due date and its due-day timer.
 */
@Component
class CycleTimers {

    private static final Logger log = LoggerFactory.getLogger(CycleTimers.class);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;

    CycleTimers(RuntimeService runtime, TaskService tasks, ManagementService management) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
    }

    /** The reports' due date: the process variable and every open report task. */
    void submissionDueMoved(ReportingPeriod period, Date due) {
        ProcessInstance instance = instance(period);
        if (instance != null) {
            runtime.setVariable(instance.getId(), MonthlyCycleProcess.VAR_SUBMISSION_DUE_AT, due);
        }
        for (Task task : tasks.createTaskQuery()
                .processDefinitionKey(KEY)
                .processInstanceBusinessKey(period.businessKey())
                .taskDefinitionKey(MonthlyCycleProcess.TASK_SUBMIT_REPORT)
                .list()) {
            task.setDueDate(due);
            tasks.saveTask(task);
        }
    }

    /** The open timers of one ladder rung, wherever their time differs from {@code at}. */
    void ladderMoved(ReportingPeriod period, LadderRung rung, Date at) {
        ProcessInstance instance = instance(period);
        if (instance == null) {
            return;
        }
        for (Job job : management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(rung.boundaryEvent())
                .timers()
                .list()) {
            if (!at.equals(job.getDuedate())) {
                management.setJobDuedate(job.getId(), at);
                log.info("Calendar changed: {} reminder of {} now at {}", rung, period, at.toInstant());
            }
        }
    }

    /** An open step's due date and, if it has one, its due-day reminder timer ({@code dueTimer}, at {@code timerAt}). */
    void stepDueMoved(ReportingPeriod period, String taskKey, String dueTimer, Date due, Date timerAt) {
        for (Task task : tasks.createTaskQuery()
                .processDefinitionKey(KEY)
                .processInstanceBusinessKey(period.businessKey())
                .taskDefinitionKey(taskKey)
                .list()) {
            if (!due.equals(task.getDueDate())) {
                task.setDueDate(due);
                tasks.saveTask(task);
                log.info("Calendar changed: {} of {} now due {}", taskKey, period, due.toInstant());
            }
            if (dueTimer != null) {
                management
                        .createJobQuery()
                        .processInstanceId(task.getProcessInstanceId())
                        .activityId(dueTimer)
                        .timers()
                        .list()
                        .forEach(job -> management.setJobDuedate(job.getId(), timerAt));
            }
        }
    }

    private ProcessInstance instance(ReportingPeriod period) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(KEY)
                .processInstanceBusinessKey(period.businessKey())
                .singleResult();
    }
}
