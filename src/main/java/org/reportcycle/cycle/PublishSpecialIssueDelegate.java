package org.reportcycle.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reportcycle.bulletin.BulletinPublisher;
import org.springframework.stereotype.Component;

/** Archives the signed-off special issue (asynchronous, retried). */
@Component
class PublishSpecialIssueDelegate implements JavaDelegate {

    private final BulletinPublisher publisher;

    PublishSpecialIssueDelegate(BulletinPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void execute(DelegateExecution execution) {
        publisher.publish((String) execution.getVariable(SpecialIssueProcess.VAR_BULLETIN_KEY));
    }
}
