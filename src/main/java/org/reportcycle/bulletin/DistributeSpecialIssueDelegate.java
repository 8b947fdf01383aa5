package org.reportcycle.bulletin;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The distribute step of the special issue's model before the issue process, kept for its running instances. */
@Component
class DistributeSpecialIssueDelegate implements JavaDelegate {

    private final IssueSteps steps;

    DistributeSpecialIssueDelegate(IssueSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.distribute(BulletinIssueWorkflow.bulletinKey(execution));
    }
}
