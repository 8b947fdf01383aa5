package org.reportcycle.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Archives the signed-off special issue (asynchronous, retried). */
@Component
class PublishSpecialIssueDelegate implements JavaDelegate {

    private final CycleSteps steps;

    PublishSpecialIssueDelegate(CycleSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.publishSpecialIssue((String) execution.getVariable(SpecialIssueProcess.VAR_BULLETIN_KEY));
    }
}
