package org.reportcycle.bench;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The reference for the reminder benchmark: the same number of timers on the bare engine, in a process that
 * does nothing but wait for its timer and end.
 */
final class BareTimerReference {

    private BareTimerReference() {}

    /** Starts {@code timers} instances whose timer is due at {@code fireAt}, fires them all, returns timers/s. */
    static double timersPerSecond(ProcessEngine engine, int timers, Instant fireAt) {
        BpmnModelInstance model = Bpmn.createExecutableProcess("bench-bare-timer")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .intermediateCatchEvent("Timer_Bare")
                .timerWithDate(DateTimeFormatter.ISO_INSTANT.format(fireAt))
                .endEvent()
                .done();
        Deployment deployment = engine.getRepositoryService()
                .createDeployment()
                .addModelInstance("bench-bare-timer.bpmn", model)
                .deploy();
        try {
            for (int i = 0; i < timers; i++) {
                engine.getRuntimeService().startProcessInstanceByKey("bench-bare-timer");
            }
            ClockUtil.setCurrentTime(Date.from(fireAt.plusSeconds(60)));
            long start = System.nanoTime();
            int fired = fireAll(engine);
            double seconds = (System.nanoTime() - start) / 1e9;
            return fired / seconds;
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
    }

    private static int fireAll(ProcessEngine engine) {
        int fired = 0;
        List<Job> due;
        while (!(due = engine.getManagementService()
                        .createJobQuery()
                        .processDefinitionKey("bench-bare-timer")
                        .executable()
                        .listPage(0, 500))
                .isEmpty()) {
            for (Job job : due) {
                engine.getManagementService().executeJob(job.getId());
                fired++;
            }
        }
        return fired;
    }
}
