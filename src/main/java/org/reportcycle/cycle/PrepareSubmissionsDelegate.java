package org.reportcycle.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reportcycle.system.ReportingPeriod;
import org.springframework.stereotype.Component;

/** Creates each participating department's empty report; the multi-instance reads them back by period. */
@Component
class PrepareSubmissionsDelegate implements JavaDelegate {

    private final CycleSteps steps;

    PrepareSubmissionsDelegate(CycleSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.prepareSubmissions(ReportingPeriod.parse((String) execution.getVariable(MonthlyCycleProcess.VAR_PERIOD)));
    }
}
