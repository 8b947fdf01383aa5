package org.reportcycle.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reportcycle.bulletin.BulletinPublisher;
import org.springframework.stereotype.Component;

/** Writes the special issue's distribution emails to the outbox (asynchronous, retried). */
@Component
class DistributeSpecialIssueDelegate implements JavaDelegate {

    private final BulletinPublisher publisher;

    DistributeSpecialIssueDelegate(BulletinPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void execute(DelegateExecution execution) {
        publisher.distribute((String) execution.getVariable(SpecialIssueProcess.VAR_BULLETIN_KEY));
    }
}
