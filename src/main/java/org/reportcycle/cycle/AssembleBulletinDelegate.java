package org.reportcycle.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reportcycle.system.ReportingPeriod;
import org.springframework.stereotype.Component;

/** Assembles the draft bulletin from the accepted reports. */
@Component
class AssembleBulletinDelegate implements JavaDelegate {

    private final CycleSteps steps;

    AssembleBulletinDelegate(CycleSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.assembleBulletin(ReportingPeriod.parse((String) execution.getVariable(MonthlyCycleProcess.VAR_PERIOD)));
    }
}
