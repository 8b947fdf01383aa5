package org.reportcycle.bulletin;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The sign-off is due today: record the signer's reminder. */
@Component
class RecordSignOffReminderDelegate implements JavaDelegate {

    private final IssueSteps steps;

    RecordSignOffReminderDelegate(IssueSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date due = (Date) execution.getVariable(BulletinIssueProcess.VAR_SIGN_OFF_DUE_AT);
        if (due != null) {
            steps.signOffDueToday(BulletinIssueWorkflow.bulletinKey(execution), due.toInstant());
        }
    }
}
