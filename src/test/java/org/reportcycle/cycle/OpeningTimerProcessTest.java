package org.reportcycle.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.reportcycle.cycle.MonthlyCycleProcess.END_NOTHING_DUE;
import static org.reportcycle.cycle.MonthlyCycleProcess.START_OPENING_TIMER;
import static org.reportcycle.cycle.MonthlyCycleProcess.TASK_SUBMIT_REPORT;
import static org.reportcycle.cycle.MonthlyCycleProcess.VAR_DEPARTMENT_CODE;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.reportcycle.calendar.WorkingDays;
import org.reportcycle.organization.Department;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/** The daily timer opens the month's cycle on its opening day (WD-3 at 09:00), and only then, and only once. */
class OpeningTimerProcessTest extends CycleTestBase {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final String PERIOD = NOVEMBER.toString();

    @Autowired WorkingDays workingDays;
    @Autowired HistoryService history;

    @Test
    void opensTheCycleOnItsOpeningDay() {
        LocalDate openingDay = workingDays.offset(NOVEMBER, -3);
        assertThat(openingDay).isEqualTo(LocalDate.of(2026, 11, 25));
        TestClock.setTo(openingDay, LocalTime.of(9, 0));

        management.executeJob(openingTimer().getId());

        ProcessInstance instance = cycle.processInstance(PERIOD);
        assertThat(instance).isNotNull();
        assertThat(instance).hasBusinessKey(PERIOD).hasPassed(START_OPENING_TIMER, "ServiceTask_OpenScheduledCycle",
            "ServiceTask_PrepareSubmissions").hasNotPassed(END_NOTHING_DUE).isWaitingAt(TASK_SUBMIT_REPORT);
        Set<String> waiting = tasks.createTaskQuery().processInstanceId(instance.getId())
            .taskDefinitionKey(TASK_SUBMIT_REPORT).list().stream()
            .map(t -> (String) tasks.getVariableLocal(t.getId(), VAR_DEPARTMENT_CODE)).collect(Collectors.toSet());
        assertThat(waiting).isEqualTo(directory.participatingDepartments().stream().map(Department::code)
            .collect(Collectors.toSet()));
        assertThat(cycle.find(PERIOD).openedBy()).isEqualTo("system");
        assertThat(openingTimer()).as("the timer is scheduled again").isNotNull();
    }

    @Test
    void opensNothingOnAnyOtherDay() {
        LocalDate dayBefore = workingDays.offset(NOVEMBER, -4);
        TestClock.setTo(dayBefore, LocalTime.of(9, 0));

        ProcessInstance checked = runTimer();

        assertThat(checked).hasPassed("ServiceTask_OpenScheduledCycle", END_NOTHING_DUE)
            .hasNotPassed("ServiceTask_PrepareSubmissions").isEnded();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(MonthlyCycleProcess.KEY).count())
            .isZero();
        assertThat(rows("reporting_cycle") + rows("submission") + rows("outbox_message")).isZero();
    }

    @Test
    void doesNotOpenAPeriodTheOfficeAlreadyOpened() {
        LocalDate openingDay = workingDays.offset(NOVEMBER, -3);
        TestClock.setTo(openingDay.minusDays(1), LocalTime.of(10, 0));
        ProcessInstance byOffice = cycle.open(PERIOD);
        long reports = rows("submission");
        long mails = rows("outbox_message");
        TestClock.setTo(openingDay, LocalTime.of(9, 0));

        ProcessInstance checked = runTimer();

        assertThat(checked).hasPassed(END_NOTHING_DUE).hasNotPassed("ServiceTask_PrepareSubmissions").isEnded();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(PERIOD).list())
            .extracting(ProcessInstance::getId).containsExactly(byOffice.getId());
        assertThat(cycle.find(PERIOD).openedBy()).isEqualTo("office");
        assertThat(rows("reporting_cycle")).isEqualTo(1);
        assertThat(rows("submission")).isEqualTo(reports);
        assertThat(rows("outbox_message")).isEqualTo(mails);
    }

    private Job openingTimer() {
        return management.createJobQuery().processDefinitionKey(MonthlyCycleProcess.KEY).timers()
            .activityId(START_OPENING_TIMER).singleResult();
    }

    /** Runs the opening check and returns the instance it started (ended or not). */
    private ProcessInstance runTimer() {
        Set<String> before = historicIds();
        management.executeJob(openingTimer().getId());
        List<HistoricProcessInstance> started = history.createHistoricProcessInstanceQuery()
            .processDefinitionKey(MonthlyCycleProcess.KEY).list().stream()
            .filter(h -> !before.contains(h.getId())).toList();
        assertThat(started).hasSize(1);
        return new StartedInstance(started.get(0));
    }

    private Set<String> historicIds() {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(MonthlyCycleProcess.KEY).list()
            .stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
    }

    /** A started instance as camunda-bpm-assert takes it, also after it ended. */
    private record StartedInstance(HistoricProcessInstance h) implements ProcessInstance {
        public String getId() { return h.getId(); }
        public String getProcessInstanceId() { return h.getId(); }
        public String getProcessDefinitionId() { return h.getProcessDefinitionId(); }
        public String getProcessDefinitionKey() { return h.getProcessDefinitionKey(); }
        public String getBusinessKey() { return h.getBusinessKey(); }
        public String getRootProcessInstanceId() { return h.getRootProcessInstanceId(); }
        public String getCaseInstanceId() { return h.getCaseInstanceId(); }
        public String getTenantId() { return h.getTenantId(); }
        public boolean isSuspended() { return false; }
        public boolean isEnded() { return h.getEndTime() != null; }
    }
}
