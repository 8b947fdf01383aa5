package org.reportcycle.bulletin;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The bulletin changed since sign-off: it becomes a draft again, with the reason for the office. */
@Component
class ReopenChangedBulletinDelegate implements JavaDelegate {

    private final IssueSteps steps;

    ReopenChangedBulletinDelegate(IssueSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.reopenChanged(BulletinIssueWorkflow.bulletinKey(execution));
    }
}
