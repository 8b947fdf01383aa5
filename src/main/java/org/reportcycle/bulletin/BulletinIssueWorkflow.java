package org.reportcycle.bulletin;

import static org.reportcycle.bulletin.BulletinIssueProcess.BOUNDARY_SIGN_OFF_DUE;
import static org.reportcycle.bulletin.BulletinIssueProcess.LEGACY_TASK_SIGN_OFF_SPECIAL_ISSUE;
import static org.reportcycle.bulletin.BulletinIssueProcess.TASK_SIGN_OFF_BULLETIN;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.Task;
import org.reportcycle.notification.NoticeKey;
import org.reportcycle.notification.Reminders;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.EngineCommands;
import org.reportcycle.system.TransientConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs {@code bpmn/bulletin-issue.bpmn} for the bulletin services, inside their transactions: starts a special
 * issue's instance, completes the sign-off task of either kind, moves its due date. The sign-off task is found by
 * the bulletin's key (the business key) and its id, so that instances still on the models before this one (the
 * monthly model's own sign-off, the special issue's model) are completed alike. A task that is gone is a 409;
 * losing to one of the engine's own jobs is a {@link TransientConflictException}, tried again.
 */
@Component
public class BulletinIssueWorkflow {

    private static final Logger log = LoggerFactory.getLogger(BulletinIssueWorkflow.class);
    /** The timer of a sign-off without a due date (a special issue): it never fires. */
    static final Instant NEVER = Instant.parse("9999-12-31T00:00:00Z");

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final Reminders reminders;

    BulletinIssueWorkflow(
            RuntimeService runtime, TaskService tasks, ManagementService management, Reminders reminders) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.reminders = reminders;
    }

    /** A special issue was sent to sign-off: its own issue instance starts, with no sign-off due date. */
    void specialIssueSent(String key) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(BulletinIssueProcess.VAR_BULLETIN_KEY, key);
        variables.put(BulletinIssueProcess.VAR_SIGN_OFF_DUE_AT, null);
        variables.put(BulletinIssueProcess.VAR_SIGN_OFF_REMIND_AT, Date.from(NEVER));
        EngineCommands.run(() -> runtime.startProcessInstanceByKey(BulletinIssueProcess.KEY, key, variables));
    }

    /** The signer decided; the process reads the decision from the bulletin row. */
    void signedOff(String key) {
        Task task = signOffTasks(key).stream().findFirst().orElseThrow(() -> new ConflictException("error.task.gone"));
        try {
            EngineCommands.run(() -> tasks.complete(task.getId()));
        } catch (ProcessEngineException e) {
            if (e.getMessage() != null && e.getMessage().contains("Cannot find task")) {
                throw new ConflictException("error.task.gone");
            }
            throw e;
        }
        reminders.cancel(NoticeKey.step(BulletinIssueProcess.STEP_SIGN_OFF, key));
    }

    /** Whether the bulletin waits for the signer. */
    public boolean signOffOpen(String key) {
        return !signOffTasks(key).isEmpty();
    }

    /** The calendar moved the sign-off's due date: the open task and its due-day timer move with it. */
    public void signOffDueMoved(String key, Date due, Date remindAt) {
        EngineCommands.run(() -> signOffTasks(key).forEach(task -> {
            if (!due.equals(task.getDueDate())) {
                task.setDueDate(due);
                tasks.saveTask(task);
                log.info("Calendar changed: sign-off of {} now due {}", key, due.toInstant());
            }
            management
                    .createJobQuery()
                    .processInstanceId(task.getProcessInstanceId())
                    .activityId(BOUNDARY_SIGN_OFF_DUE)
                    .timers()
                    .list()
                    .forEach(job -> management.setJobDuedate(job.getId(), remindAt));
        }));
    }

    private List<Task> signOffTasks(String key) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(key)
                .taskDefinitionKeyIn(TASK_SIGN_OFF_BULLETIN, LEGACY_TASK_SIGN_OFF_SPECIAL_ISSUE)
                .list();
    }

    /** The bulletin's key; an instance on the monthly model before the issue process has only the period. */
    static String bulletinKey(VariableScope scope) {
        Object key = scope.getVariable(BulletinIssueProcess.VAR_BULLETIN_KEY);
        return (String) (key != null ? key : scope.getVariable(BulletinIssueProcess.VAR_PERIOD));
    }
}
