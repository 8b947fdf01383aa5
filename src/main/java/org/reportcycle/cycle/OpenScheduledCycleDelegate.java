package org.reportcycle.cycle;

import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The opening loop's timer is due: open the month it waited for, unless the office opened it already. */
@Component
class OpenScheduledCycleDelegate implements JavaDelegate {

    private final CycleOpenings openings;

    OpenScheduledCycleDelegate(CycleOpenings openings) {
        this.openings = openings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        openings.openOnSchedule(YearMonth.parse((String) execution.getVariable(CycleOpeningProcess.VAR_NEXT_PERIOD)));
    }
}
