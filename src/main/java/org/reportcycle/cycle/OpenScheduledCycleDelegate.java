package org.reportcycle.cycle;

import java.time.YearMonth;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Daily timer path: opens the month's cycle if today is its opening day; the period becomes the business key. */
@Component
class OpenScheduledCycleDelegate implements JavaDelegate {

    private final CycleSteps steps;

    OpenScheduledCycleDelegate(CycleSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Optional<YearMonth> period = steps.openScheduled();
        execution.setVariable(MonthlyCycleProcess.VAR_CYCLE_DUE, period.isPresent());
        period.ifPresent(p -> {
            execution.setProcessBusinessKey(p.toString());
            execution.setVariable(MonthlyCycleProcess.VAR_PERIOD, p.toString());
            execution.setVariable(MonthlyCycleProcess.VAR_OPENED_BY, "system");
            execution.setVariable(MonthlyCycleProcess.VAR_SUBMISSION_DUE_AT,
                Date.from(steps.submissionDue(p.toString())));
        });
    }
}
