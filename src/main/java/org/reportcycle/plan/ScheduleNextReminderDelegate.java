package org.reportcycle.plan;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Computes when the item's next reminder is due and which one it is; the timer waits for it. */
@Component
class ScheduleNextReminderDelegate implements JavaDelegate {

    private final PlanReminderService reminders;

    ScheduleNextReminderDelegate(PlanReminderService reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = (Long) execution.getVariable(PlanTrackingProcess.VAR_PLAN_ITEM_ID);
        Date last = (Date) execution.getVariable(PlanTrackingProcess.VAR_LAST_REMINDER_AT);
        NextReminder next = reminders.scheduleNext(id, last == null ? null : last.toInstant());
        execution.setVariable(PlanTrackingProcess.VAR_NEXT_REMINDER_AT, Date.from(next.at()));
        execution.setVariable(
                PlanTrackingProcess.VAR_NEXT_REMINDER_KIND, next.kind().name());
    }
}
