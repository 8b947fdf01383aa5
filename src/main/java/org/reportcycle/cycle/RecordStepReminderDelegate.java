package org.reportcycle.cycle;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reportcycle.system.ReportingPeriod;
import org.springframework.stereotype.Component;

/** The compile or sign-off step is due today: record its reminders. */
@Component
class RecordStepReminderDelegate implements JavaDelegate {

    private final CycleReminders reminders;

    RecordStepReminderDelegate(CycleReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String step = (String) execution.getVariable(MonthlyCycleProcess.VAR_STEP);
        String dueVariable = MonthlyCycleProcess.STEP_COMPILE.equals(step)
                ? MonthlyCycleProcess.VAR_COMPILE_DUE_AT
                : MonthlyCycleProcess.VAR_SIGN_OFF_DUE_AT;
        reminders.remindStep(
                ReportingPeriod.parse((String) execution.getVariable(MonthlyCycleProcess.VAR_PERIOD)),
                step,
                ((Date) execution.getVariable(dueVariable)).toInstant());
    }
}
