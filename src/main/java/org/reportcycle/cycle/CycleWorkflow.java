package org.reportcycle.cycle;

import static org.reportcycle.cycle.MonthlyCycleProcess.KEY;
import static org.reportcycle.cycle.MonthlyCycleProcess.VAR_DEPARTMENT_CODE;

import java.util.Map;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.reportcycle.bulletin.BulletinKind;
import org.reportcycle.bulletin.BulletinWorkflow;
import org.reportcycle.notification.Reminders;
import org.reportcycle.submission.SubmissionWorkflow;
import org.reportcycle.system.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Completes the cycle's user tasks for the report and bulletin services, inside their transactions. A task
 * that is gone or was completed meanwhile becomes a 409, and the caller's writes roll back with it.
 */
@Component
class CycleWorkflow implements SubmissionWorkflow, BulletinWorkflow {

    private static final Logger log = LoggerFactory.getLogger(CycleWorkflow.class);

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final Reminders reminders;

    CycleWorkflow(TaskService tasks, RuntimeService runtime, Reminders reminders) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.reminders = reminders;
    }

    @Override
    public void reportSubmitted(String period, String departmentCode) {
        complete(KEY, period, MonthlyCycleProcess.TASK_SUBMIT_REPORT, departmentCode);
    }

    @Override
    public void reportReviewed(String period, String departmentCode) {
        complete(KEY, period, MonthlyCycleProcess.TASK_REVIEW_SUBMISSION, departmentCode);
    }

    /** A monthly bulletin's compile task ends; a special issue starts its own sign-off process. */
    @Override
    public void bulletinCompiled(String key, BulletinKind kind) {
        if (kind == BulletinKind.SPECIAL) {
            runtime.startProcessInstanceByKey(SpecialIssueProcess.KEY, key,
                Map.of(SpecialIssueProcess.VAR_BULLETIN_KEY, key));
            return;
        }
        complete(KEY, key, MonthlyCycleProcess.TASK_COMPILE_BULLETIN, null);
        reminders.cancel(MonthlyCycleProcess.STEP_COMPILE + ":" + key);
    }

    @Override
    public void bulletinSignedOff(String key, BulletinKind kind) {
        if (kind == BulletinKind.SPECIAL) {
            complete(SpecialIssueProcess.KEY, key, SpecialIssueProcess.TASK_SIGN_OFF_SPECIAL_ISSUE, null);
            return;
        }
        complete(KEY, key, MonthlyCycleProcess.TASK_SIGN_OFF_BULLETIN, null);
        reminders.cancel(MonthlyCycleProcess.STEP_SIGN_OFF + ":" + key);
    }

    private void complete(String processKey, String period, String taskKey, String departmentCode) {
        TaskQuery query = tasks.createTaskQuery().processDefinitionKey(processKey).processInstanceBusinessKey(period)
            .taskDefinitionKey(taskKey);
        if (departmentCode != null) {
            query.taskVariableValueEquals(VAR_DEPARTMENT_CODE, departmentCode);
        }
        Task task = query.singleResult();
        if (task == null) {
            throw new ConflictException("error.task.gone");
        }
        try {
            tasks.complete(task.getId());
        } catch (OptimisticLockingException e) {
            log.info("Task {} of {} was completed concurrently", taskKey, period);
            throw new ConflictException("error.task.gone");
        } catch (ProcessEngineException e) {
            if (e.getMessage() != null && e.getMessage().contains("Cannot find task")) {
                throw new ConflictException("error.task.gone");
            }
            throw e;
        }
    }
}
