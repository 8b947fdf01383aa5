package org.reportcycle.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Archives the signed-off bulletin with its number and date (asynchronous, retried). */
@Component
class PublishBulletinDelegate implements JavaDelegate {

    private final CycleSteps steps;

    PublishBulletinDelegate(CycleSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.publishBulletin((String) execution.getVariable(MonthlyCycleProcess.VAR_PERIOD));
    }
}
