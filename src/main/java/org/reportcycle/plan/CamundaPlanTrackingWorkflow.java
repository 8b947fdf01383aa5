package org.reportcycle.plan;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.reportcycle.system.EngineCommands;
import org.reportcycle.system.TransientConflictException;
import org.springframework.stereotype.Component;

/**
 * Runs {@code bpmn/plan-item-tracking.bpmn}: one instance per item, business key {@code plan-{id}}. Losing to the
 * engine's own reminder job on the same instance is a {@link TransientConflictException}: the user's action is
 * tried again.
 */
@Component
class CamundaPlanTrackingWorkflow implements PlanTrackingWorkflow {

    private final RuntimeService runtime;

    CamundaPlanTrackingWorkflow(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public void start(long planItemId) {
        EngineCommands.run(() -> runtime.startProcessInstanceByKey(
                PlanTrackingProcess.KEY,
                PlanTrackingProcess.businessKey(planItemId),
                Map.of(PlanTrackingProcess.VAR_PLAN_ITEM_ID, planItemId)));
    }

    @Override
    public void done(long planItemId) {
        correlate(PlanTrackingProcess.MESSAGE_DONE, planItemId);
    }

    @Override
    public void closed(long planItemId) {
        correlate(PlanTrackingProcess.MESSAGE_CLOSED, planItemId);
    }

    @Override
    public void deadlineMoved(long planItemId) {
        correlate(PlanTrackingProcess.MESSAGE_DEADLINE_MOVED, planItemId);
    }

    /** To the item's instance if it waits for the message; an ended instance is not an error. */
    private void correlate(String message, long planItemId) {
        EngineCommands.run(() -> runtime.createMessageCorrelation(message)
                .processInstanceBusinessKey(PlanTrackingProcess.businessKey(planItemId))
                .correlateAll());
    }
}
