package org.reportcycle.bench;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.SubProcessBuilder;

/**
 * The reference for the rush benchmark: the monthly model's shape on the bare engine (a parallel multi-instance
 * body per department with a submit and a review user task, then compile and approve), no listeners, no
 * application tables. Its tasks are completed through the TaskService by as many threads as the application
 * had clients; an optimistic-locking failure is retried, as a person pressing again.
 */
final class BareRushReference {

    /** PostgreSQL: serialization failure, deadlock; H2: lock timeout, deadlock. */
    private static final Set<String> LOCK_STATES = Set.of("40001", "40P01", "HYT00");

    /**
     * A conflict costs the bare engine a millisecond and has no back-off, so the 20 completions that race for the
     * multi-instance counters retry far more often than a client does; each round one of them wins.
     */
    private static final int ATTEMPTS = 10_000;

    private static final String KEY = "bench-bare-rush";

    private final ProcessEngine engine;
    private final TaskService tasks;

    BareRushReference(ProcessEngine engine) {
        this.engine = engine;
        this.tasks = engine.getTaskService();
    }

    /** Runs the instance for {@code departments} to its end; returns the submit and the review phase. */
    List<RushPhase.Figures> run(List<String> departments, int submitThreads, int reviewThreads) {
        Deployment deployment = engine.getRepositoryService()
                .createDeployment()
                .addModelInstance(KEY + ".bpmn", model())
                .deploy();
        try {
            String instance = engine.getRuntimeService()
                    .startProcessInstanceByKey(KEY, Map.of("departments", departments))
                    .getId();
            RushPhase.Figures submit = complete(instance, "Bare_Submit", "bare submit", submitThreads);
            RushPhase.Figures review = complete(instance, "Bare_Review", "bare accept", reviewThreads);
            complete(instance, "Bare_Compile", "bare compile", 1);
            complete(instance, "Bare_Approve", "bare approve", 1);
            return List.of(submit, review);
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
    }

    private RushPhase.Figures complete(String instance, String taskKey, String name, int threads) {
        List<String> ids =
                tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).list().stream()
                        .map(Task::getId)
                        .toList();
        RushPhase phase = new RushPhase(name).start();
        RushClients.inParallel(threads, ids, id -> completeAgainOnConflict(phase, id));
        return phase.finish();
    }

    private void completeAgainOnConflict(RushPhase phase, String taskId) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            long start = System.nanoTime();
            String failure = completed(taskId);
            phase.call(failure, System.nanoTime() - start);
            if (failure == null) {
                phase.unitDone();
                return;
            }
            phase.retried();
        }
        throw new IllegalStateException("task " + taskId + " still conflicts after " + ATTEMPTS);
    }

    /**
     * Completes the task; null when done, else how it met a concurrent completion: an optimistic-locking
     * failure, or a lock wait that timed out or deadlocked (the errors the application's own retry takes up).
     */
    private String completed(String taskId) {
        try {
            tasks.complete(taskId);
            return null;
        } catch (OptimisticLockingException e) {
            return "OLE";
        } catch (ProcessEngineException e) {
            return lockState(e).orElseThrow(() -> e);
        }
    }

    private static Optional<String> lockState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && LOCK_STATES.contains(sql.getSQLState())) {
                return Optional.of("lock " + sql.getSQLState());
            }
        }
        return Optional.empty();
    }

    private static BpmnModelInstance model() {
        return Bpmn.createExecutableProcess(KEY)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .subProcess("Bare_DepartmentReport")
                .multiInstance()
                .parallel()
                .camundaCollection("${departments}")
                .camundaElementVariable("departmentCode")
                .<SubProcessBuilder>multiInstanceDone()
                .embeddedSubProcess()
                .startEvent()
                .userTask("Bare_Submit")
                .userTask("Bare_Review")
                .endEvent()
                .subProcessDone()
                .userTask("Bare_Compile")
                .userTask("Bare_Approve")
                .endEvent()
                .done();
    }
}
