package org.reportcycle.cycle;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.reportcycle.system.EngineCommands;
import org.reportcycle.system.ReportingPeriod;
import org.springframework.stereotype.Component;

/**
 * The opening loop's side of the engine: starting and ending the one loop instance, its pending timer, and the
 * month it opens on schedule.
 */
@Component
class CycleOpeningWorkflow {

    private final RuntimeService runtime;
    private final ManagementService management;

    CycleOpeningWorkflow(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    /** Starts the period's instance on its opening day, with the period as its business key from the start. */
    void openedOnSchedule(ReportingPeriod period, Date submissionDueAt) {
        EngineCommands.run(() -> runtime.createMessageCorrelation(MonthlyCycleProcess.MESSAGE_OPENED_ON_SCHEDULE)
                .processInstanceBusinessKey(period.businessKey())
                .setVariables(Map.of(
                        MonthlyCycleProcess.VAR_PERIOD,
                        period.businessKey(),
                        MonthlyCycleProcess.VAR_OPENED_BY,
                        CycleOpeningProcess.OPENED_BY,
                        MonthlyCycleProcess.VAR_SUBMISSION_DUE_AT,
                        submissionDueAt))
                .correlateStartMessage());
    }

    /** Starts the opening loop unless one runs; the caller holds the loop's lock. Whether it started one. */
    boolean openingLoopStarted() {
        if (runtime.createProcessInstanceQuery()
                        .processDefinitionKey(CycleOpeningProcess.KEY)
                        .count()
                > 0) {
            return false;
        }
        EngineCommands.run(() -> runtime.startProcessInstanceByKey(CycleOpeningProcess.KEY));
        return true;
    }

    /** Ends the opening loop, if one runs (automatic opening switched off). Whether one ran. */
    boolean openingLoopEnded() {
        List<String> loops =
                runtime.createProcessInstanceQuery().processDefinitionKey(CycleOpeningProcess.KEY).list().stream()
                        .map(p -> p.getId())
                        .toList();
        loops.forEach(id -> runtime.deleteProcessInstance(id, "automatic opening switched off", true, true));
        return !loops.isEmpty();
    }

    /** The month whose opening the loop's timer waits for, if it waits. */
    Optional<ReportingPeriod> pendingOpening() {
        return openingTimers().stream()
                .findFirst()
                .map(job -> ReportingPeriod.parse(
                        (String) runtime.getVariable(job.getExecutionId(), CycleOpeningProcess.VAR_NEXT_PERIOD)));
    }

    /** Moves the loop's pending timer to the opening's new time. */
    void openingMoved(Date at) {
        EngineCommands.run(() -> openingTimers().forEach(job -> management.setJobDuedate(job.getId(), at)));
    }

    private List<Job> openingTimers() {
        return management
                .createJobQuery()
                .processDefinitionKey(CycleOpeningProcess.KEY)
                .activityId(CycleOpeningProcess.TIMER_OPENING_DUE)
                .timers()
                .list();
    }
}
