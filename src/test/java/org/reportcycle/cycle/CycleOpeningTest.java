package org.reportcycle.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.reportcycle.cycle.MonthlyCycleProcess.TASK_SUBMIT_REPORT;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.ForbiddenException;
import org.reportcycle.system.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;

/** The office opens a period by hand: once only, and only a period that can be opened. */
class CycleOpeningTest extends CycleTestBase {

    private static final String PERIOD = "2026-11";

    @Autowired CycleService cycles;

    @Test
    void refusesToOpenTheSamePeriodTwice() {
        ProcessInstance first = cycle.open(PERIOD);
        long reports = rows("submission");
        long mails = rows("outbox_message");

        ConflictException second = catchThrowableOfType(ConflictException.class,
            () -> cycles.open(users.office(), PERIOD));

        assertThat(second.messageKey()).isEqualTo("error.cycle.exists");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(PERIOD).count()).isEqualTo(1);
        assertThat(first).isWaitingAt(TASK_SUBMIT_REPORT);
        assertThat(rows("reporting_cycle")).isEqualTo(1);
        assertThat(rows("submission")).isEqualTo(reports).isEqualTo(directory.participatingDepartments().size());
        assertThat(rows("outbox_message")).isEqualTo(mails);
    }

    @Test
    void refusesPeriodsThatCannotBeOpened() {
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> cycles.open(users.office(), "2026-13"))
            .problems()).singleElement().satisfies(p -> assertThat(p.messageKey()).isEqualTo("error.period.format"));
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> cycles.open(users.office(), "2027-01"))
            .problems()).singleElement()
            .satisfies(p -> assertThat(p.messageKey()).isEqualTo("error.period.outOfRange"));
        assertThat(catchThrowableOfType(ForbiddenException.class, () -> cycles.open(users.headOf("ZZB"), PERIOD))
            .messageKey()).isEqualTo("error.forbidden.role");

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(MonthlyCycleProcess.KEY).count())
            .isZero();
        assertThat(rows("reporting_cycle") + rows("submission") + rows("outbox_message")).isZero();
    }
}
