package org.reportcycle.bulletin;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The publish step of the special issue's model before the issue process ({@code special-issue}), kept so that
 * its instances started before the upgrade still finish; new special issues run the issue process.
 */
@Component
class PublishSpecialIssueDelegate implements JavaDelegate {

    private final IssueSteps steps;

    PublishSpecialIssueDelegate(IssueSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.publish(BulletinIssueWorkflow.bulletinKey(execution));
    }
}
