package org.reportcycle.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes the special issue's distribution emails to the outbox (asynchronous, retried). */
@Component
class DistributeSpecialIssueDelegate implements JavaDelegate {

    private final CycleSteps steps;

    DistributeSpecialIssueDelegate(CycleSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.distributeSpecialIssue((String) execution.getVariable(SpecialIssueProcess.VAR_BULLETIN_KEY));
    }
}
