package org.reportcycle.cycle;

import static org.reportcycle.cycle.MonthlyCycleProcess.KEY;
import static org.reportcycle.cycle.MonthlyCycleProcess.VAR_DEPARTMENT_CODE;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.reportcycle.notification.NoticeKey;
import org.reportcycle.notification.Reminders;
import org.reportcycle.submission.SubmissionWorkflow;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.EngineCommands;
import org.reportcycle.system.ReportingPeriod;
import org.reportcycle.system.TransientConflictException;
import org.springframework.stereotype.Component;

/**
 * Starts the cycle, closes its collection and completes its user tasks for the report and bulletin services,
 * inside their transactions. A task that is gone or was completed meanwhile becomes a 409, and the caller's
 * writes roll back with it; losing to one of the engine's own jobs (a reminder timer on the same execution) is a
 * {@link TransientConflictException}, so that the user's action is tried again rather than refused.
 */
@Component
class CycleWorkflow implements SubmissionWorkflow {

    /** The delete reason of a cancelled cycle's instance, followed by who cancelled it. */
    private static final String CANCELLED = "cancelled by ";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final Reminders reminders;
    private final Cycles cycles;
    private final HistoryService history;

    CycleWorkflow(
            TaskService tasks, RuntimeService runtime, Reminders reminders, Cycles cycles, HistoryService history) {
        this.history = history;
        this.tasks = tasks;
        this.runtime = runtime;
        this.reminders = reminders;
        this.cycles = cycles;
    }

    @Override
    public boolean backfilled(ReportingPeriod period) {
        return cycles.backfill(period.businessKey());
    }

    /** Whether the period's cycle was cancelled (its instance ended so) and not opened again since. */
    boolean wasCancelled(ReportingPeriod period) {
        return history
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(KEY)
                .processInstanceBusinessKey(period.businessKey())
                .list()
                .stream()
                .anyMatch(
                        p -> p.getDeleteReason() != null && p.getDeleteReason().startsWith(CANCELLED));
    }

    /** Ends the period's instance: its tasks and timers go, nothing more happens in it. */
    void cancelled(ReportingPeriod period, String by) {
        EngineCommands.run(() -> runtime.createProcessInstanceQuery()
                .processDefinitionKey(KEY)
                .processInstanceBusinessKey(period.businessKey())
                .list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), CANCELLED + by, true, true)));
    }

    /** Starts the period's instance (the office opened it by hand). */
    void opened(ReportingPeriod period, String openedBy, Date submissionDueAt) {
        EngineCommands.run(() -> runtime.createMessageCorrelation(MonthlyCycleProcess.MESSAGE_OPENED_BY_OFFICE)
                .processInstanceBusinessKey(period.businessKey())
                .setVariables(Map.of(
                        MonthlyCycleProcess.VAR_PERIOD,
                        period.businessKey(),
                        MonthlyCycleProcess.VAR_OPENED_BY,
                        openedBy,
                        MonthlyCycleProcess.VAR_SUBMISSION_DUE_AT,
                        submissionDueAt))
                .correlateStartMessage());
    }

    /** Ends the reports' collection; if nothing waits for that any more, another request closed it first. */
    void collectionClosed(ReportingPeriod period) {
        try {
            EngineCommands.run(() -> runtime.createMessageCorrelation(MonthlyCycleProcess.MESSAGE_COLLECTION_CLOSED)
                    .processInstanceBusinessKey(period.businessKey())
                    .correlate());
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("error.cycle.notCollecting", period.label());
        }
    }

    @Override
    public void reportSubmitted(ReportingPeriod period, String departmentCode) {
        complete(KEY, period.businessKey(), MonthlyCycleProcess.TASK_SUBMIT_REPORT, departmentCode);
    }

    @Override
    public void reportReviewed(ReportingPeriod period, String departmentCode) {
        complete(KEY, period.businessKey(), MonthlyCycleProcess.TASK_REVIEW_SUBMISSION, departmentCode);
    }

    /** The head took the report back: the office's review task ends through its withdrawal event. */
    @Override
    public void reportWithdrawn(ReportingPeriod period, String departmentCode) {
        Task review = tasks.createTaskQuery()
                .processDefinitionKey(KEY)
                .processInstanceBusinessKey(period.businessKey())
                .taskDefinitionKey(MonthlyCycleProcess.TASK_REVIEW_SUBMISSION)
                .taskVariableValueEquals(VAR_DEPARTMENT_CODE, departmentCode)
                .singleResult();
        if (review == null) {
            throw new ConflictException("error.task.gone");
        }
        try {
            EngineCommands.run(() -> runtime.messageEventReceived(
                    MonthlyCycleProcess.MESSAGE_REPORT_WITHDRAWN, review.getExecutionId()));
        } catch (ProcessEngineException e) {
            // The review ended meanwhile (the office decided first): the execution no longer waits for this.
            if (String.valueOf(e.getMessage()).contains("does not have")) {
                throw new ConflictException("error.task.gone");
            }
            throw e;
        }
    }

    /** The office sent the bulletin to sign-off: the compile task ends and the issue process is called. */
    void compileFinished(ReportingPeriod period) {
        complete(KEY, period.businessKey(), MonthlyCycleProcess.TASK_COMPILE_BULLETIN, null);
        reminders.cancel(NoticeKey.step(MonthlyCycleProcess.STEP_COMPILE, period.toString()));
    }

    private void complete(String processKey, String businessKey, String taskKey, String departmentCode) {
        TaskQuery query = tasks.createTaskQuery()
                .processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey);
        if (departmentCode != null) {
            query.taskVariableValueEquals(VAR_DEPARTMENT_CODE, departmentCode);
        }
        Task task = query.singleResult();
        if (task == null) {
            throw new ConflictException("error.task.gone");
        }
        try {
            EngineCommands.run(() -> tasks.complete(task.getId()));
        } catch (ProcessEngineException e) {
            if (e.getMessage() != null && e.getMessage().contains("Cannot find task")) {
                throw new ConflictException("error.task.gone");
            }
            throw e;
        }
    }

    /** Whether the period's step (compile) is open now. */
    boolean stepOpen(ReportingPeriod period, String taskKey) {
        return tasks.createTaskQuery()
                        .processDefinitionKey(MonthlyCycleProcess.KEY)
                        .processInstanceBusinessKey(period.businessKey())
                        .taskDefinitionKey(taskKey)
                        .count()
                > 0;
    }
}
