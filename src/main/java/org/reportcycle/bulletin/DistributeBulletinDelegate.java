package org.reportcycle.bulletin;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes the distribution emails to the outbox (asynchronous, retried). */
@Component
class DistributeBulletinDelegate implements JavaDelegate {

    private final IssueSteps steps;

    DistributeBulletinDelegate(IssueSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.distribute(BulletinIssueWorkflow.bulletinKey(execution));
    }
}
