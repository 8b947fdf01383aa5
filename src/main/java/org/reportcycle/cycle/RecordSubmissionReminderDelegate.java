package org.reportcycle.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reportcycle.system.ReportingPeriod;
import org.springframework.stereotype.Component;

/** A rung of the submission ladder is due for one department: record its reminders. */
@Component
class RecordSubmissionReminderDelegate implements JavaDelegate {

    private final CycleReminders reminders;

    RecordSubmissionReminderDelegate(CycleReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reminders.remindSubmission(
                ReportingPeriod.parse((String) execution.getVariable(MonthlyCycleProcess.VAR_PERIOD)),
                (String) execution.getVariable(MonthlyCycleProcess.VAR_DEPARTMENT_CODE),
                LadderRung.valueOf((String) execution.getVariable(MonthlyCycleProcess.VAR_RUNG)));
    }
}
