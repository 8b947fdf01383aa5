package org.reportcycle.plan;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The reminder's time came: writes it for the day's digest and remembers it as the last one written. */
@Component
class RecordPlanReminderDelegate implements JavaDelegate {

    private final PlanReminderService reminders;

    RecordPlanReminderDelegate(PlanReminderService reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = (Long) execution.getVariable(PlanTrackingProcess.VAR_PLAN_ITEM_ID);
        Date at = (Date) execution.getVariable(PlanTrackingProcess.VAR_NEXT_REMINDER_AT);
        PlanReminderKind kind =
                PlanReminderKind.valueOf((String) execution.getVariable(PlanTrackingProcess.VAR_NEXT_REMINDER_KIND));
        reminders.record(id, kind, at.toInstant());
        execution.setVariable(PlanTrackingProcess.VAR_LAST_REMINDER_AT, at);
    }
}
