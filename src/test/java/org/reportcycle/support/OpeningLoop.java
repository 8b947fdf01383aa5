package org.reportcycle.support;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationContext;

/**
 * The opening loop ({@code bpmn/cycle-opening.bpmn}) in tests: the test profile starts none at start-up, so a test
 * that lives through an opening day starts it at its own clock, as a node does when it comes up.
 */
public final class OpeningLoop {

    public static final String PROCESS_KEY = CycleData.OPENING_LOOP_KEY;
    public static final String TIMER = "TimerEvent_OpeningDue";

    private OpeningLoop() {}

    /** Ends any running loop and starts one now: its timer waits for the next opening from the current clock. */
    public static ProcessInstance restart(ApplicationContext context) {
        RuntimeService runtime = context.getBean(RuntimeService.class);
        runtime.createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY)
                .list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test restarts the opening loop", true, true));
        return runtime.startProcessInstanceByKey(PROCESS_KEY);
    }

    /** The loop's pending timer (null if no loop waits). */
    public static Job timer(ApplicationContext context) {
        return context.getBean(ManagementService.class)
                .createJobQuery()
                .processDefinitionKey(PROCESS_KEY)
                .activityId(TIMER)
                .timers()
                .singleResult();
    }

    /** The month the loop waits for, e.g. {@code 2026-11}. */
    public static String nextPeriod(ApplicationContext context) {
        Job timer = timer(context);
        return (String) context.getBean(RuntimeService.class).getVariable(timer.getExecutionId(), "nextPeriod");
    }
}
