package org.reportcycle.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The opening loop picks the month its timer waits for next. */
@Component
class ChooseNextOpeningDelegate implements JavaDelegate {

    private final CycleOpenings openings;

    ChooseNextOpeningDelegate(CycleOpenings openings) {
        this.openings = openings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(
                CycleOpeningProcess.VAR_NEXT_PERIOD, openings.next().toString());
    }
}
