package org.reportcycle.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes the distribution emails to the outbox (asynchronous, retried). */
@Component
class DistributeBulletinDelegate implements JavaDelegate {

    private final CycleSteps steps;

    DistributeBulletinDelegate(CycleSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.distributeBulletin((String) execution.getVariable(MonthlyCycleProcess.VAR_PERIOD));
    }
}
