package org.reportcycle.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The item ended or its deadline moved: its reminders not yet delivered are cancelled. */
@Component
class CancelPlanRemindersDelegate implements JavaDelegate {

    private final PlanReminderService reminders;

    CancelPlanRemindersDelegate(PlanReminderService reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reminders.cancel((Long) execution.getVariable(PlanTrackingProcess.VAR_PLAN_ITEM_ID));
    }
}
