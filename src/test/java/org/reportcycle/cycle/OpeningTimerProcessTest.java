package org.reportcycle.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.reportcycle.cycle.MonthlyCycleProcess.START_OPENED_ON_SCHEDULE;
import static org.reportcycle.cycle.MonthlyCycleProcess.TASK_SUBMIT_REPORT;
import static org.reportcycle.cycle.MonthlyCycleProcess.VAR_DEPARTMENT_CODE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.calendar.CalendarService;
import org.reportcycle.calendar.DayEntry;
import org.reportcycle.calendar.WorkingDays;
import org.reportcycle.organization.Department;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.support.OpeningLoop;
import org.reportcycle.support.SimulatedDays;
import org.reportcycle.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The opening loop opens each month's cycle on its opening day (WD-3 at 09:00), and only then, and only once: one
 * timer waits for the next opening time, so no instance is started on the other days; the month's instance has its
 * period as business key from the start; a month the office opened early is left alone; a calendar change moves the
 * pending opening. The cases once pinned the old daily check (an instance started every day, ending at once on the
 * days nothing opened); the case on the other days now counts instances over a month instead.
 */
class OpeningTimerProcessTest extends CycleTestBase {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final String PERIOD = NOVEMBER.toString();

    @Autowired
    WorkingDays workingDays;

    @Autowired
    HistoryService history;

    @Autowired
    CalendarService calendar;

    @Autowired
    CycleOpenings openings;

    private List<DayEntry> original;
    /** The monthly instances of earlier tests: history outlives their clean-up. */
    private Set<String> earlier;

    @BeforeEach
    void rememberEarlierInstances() {
        earlier =
                history
                        .createHistoricProcessInstanceQuery()
                        .processDefinitionKey(MonthlyCycleProcess.KEY)
                        .list()
                        .stream()
                        .map(HistoricProcessInstance::getId)
                        .collect(Collectors.toSet());
        loopsBefore = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(OpeningLoop.PROCESS_KEY)
                .count();
    }

    private long loopsBefore;

    @AfterEach
    void restoreCalendar() {
        if (original != null) {
            TestClock.reset();
            calendar.replace(users.user("admin"), "2026", original);
        }
    }

    @Test
    void opensTheCycleOnItsOpeningDay() {
        LocalDate openingDay = workingDays.offset(NOVEMBER, -3);
        assertThat(openingDay).isEqualTo(LocalDate.of(2026, 11, 25));
        TestClock.setTo(LocalDateTime.of(2026, 11, 24, 10, 0));
        OpeningLoop.restart(context);
        assertThat(OpeningLoop.nextPeriod(context)).isEqualTo(PERIOD);
        assertThat(timerAt()).isEqualTo(openingDay.atTime(9, 0));
        TestClock.setTo(openingDay, LocalTime.of(9, 0));

        management.executeJob(OpeningLoop.timer(context).getId());

        ProcessInstance instance = cycle.processInstance(PERIOD);
        assertThat(instance).isNotNull();
        assertThat(instance)
                .hasBusinessKey(PERIOD)
                .hasPassed(START_OPENED_ON_SCHEDULE, "ServiceTask_PrepareSubmissions")
                .isWaitingAt(TASK_SUBMIT_REPORT);
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(instance.getId())
                        .activityId(START_OPENED_ON_SCHEDULE)
                        .count())
                .as("started by its opening, not by a daily check")
                .isOne();
        Set<String> waiting = tasks
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(TASK_SUBMIT_REPORT)
                .list()
                .stream()
                .map(t -> (String) tasks.getVariableLocal(t.getId(), VAR_DEPARTMENT_CODE))
                .collect(Collectors.toSet());
        assertThat(waiting)
                .isEqualTo(directory.participatingDepartments().stream()
                        .map(Department::code)
                        .collect(Collectors.toSet()));
        assertThat(cycle.find(PERIOD).openedBy()).isEqualTo("system");
        assertThat(OpeningLoop.nextPeriod(context))
                .as("the loop waits for December")
                .isEqualTo("2026-12");
        assertThat(timerAt()).isEqualTo(LocalDateTime.of(2026, 12, 28, 9, 0));
    }

    /** Rewritten: the daily check's instance that ended at once is gone; over two months two instances start. */
    @Test
    void opensNothingOnAnyOtherDay() {
        SimulatedDays days = new SimulatedDays(context);
        List<LocalDate> daysWithACycle = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 11, 1); !d.isAfter(LocalDate.of(2026, 12, 31)); d = d.plusDays(1)) {
            LocalDate day = d;
            days.on(day, () -> {
                if (!monthlyInstances().isEmpty() && daysWithACycle.isEmpty()) {
                    daysWithACycle.add(day);
                }
            });
        }

        days.run(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31));

        assertThat(daysWithACycle).as("nothing before WD-3").containsExactly(LocalDate.of(2026, 11, 25));
        assertThat(monthlyInstances())
                .extracting(HistoricProcessInstance::getBusinessKey)
                .containsExactlyInAnyOrder("2026-11", "2026-12");
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processDefinitionKey(OpeningLoop.PROCESS_KEY)
                        .count())
                .as("one loop, no instance per day")
                .isEqualTo(loopsBefore + 1);
        assertThat(cycle.find("2026-11")
                        .openedAt()
                        .atZoneSameInstant(TestClock.OFFICE_ZONE)
                        .toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2026, 11, 25, 9, 0));
        assertThat(cycle.find("2026-12").openedBy()).isEqualTo("system");
        assertThat(OpeningLoop.nextPeriod(context)).isEqualTo("2027-01");
    }

    @Test
    void doesNotOpenAPeriodTheOfficeAlreadyOpened() {
        LocalDate openingDay = workingDays.offset(NOVEMBER, -3);
        TestClock.setTo(openingDay.minusDays(2), LocalTime.of(10, 0));
        OpeningLoop.restart(context);
        TestClock.setTo(openingDay.minusDays(1), LocalTime.of(10, 0));
        ProcessInstance byOffice = cycle.open(PERIOD);
        long reports = rows("submission");
        long mails = rows("outbox_message");
        TestClock.setTo(openingDay, LocalTime.of(9, 0));

        management.executeJob(OpeningLoop.timer(context).getId());

        assertThat(monthlyInstances())
                .extracting(HistoricProcessInstance::getId)
                .containsExactly(byOffice.getId());
        assertThat(cycle.find(PERIOD).openedBy()).isEqualTo("office");
        assertThat(rows("reporting_cycle")).isEqualTo(1);
        assertThat(rows("submission")).isEqualTo(reports);
        assertThat(rows("outbox_message")).isEqualTo(mails);
        assertThat(OpeningLoop.nextPeriod(context)).isEqualTo("2026-12");
    }

    @Test
    void aLoopStartedAfterTheOfficeOpenedTheMonthWaitsForTheNextOne() {
        TestClock.setTo(LocalDateTime.of(2026, 11, 24, 10, 0));
        cycle.open(PERIOD);
        cycle.open("2026-08");

        OpeningLoop.restart(context);

        assertThat(OpeningLoop.nextPeriod(context)).isEqualTo("2026-12");
        assertThat(timerAt()).isEqualTo(LocalDateTime.of(2026, 12, 28, 9, 0));
    }

    @Test
    void aNodeComingUpOnTheOpeningDayAfterNineOpensTheMonthAtOnceAndOnLaterDaysWaitsForTheNext() {
        TestClock.setTo(LocalDateTime.of(2026, 11, 25, 14, 0));
        OpeningLoop.restart(context);
        assertThat(OpeningLoop.nextPeriod(context)).isEqualTo(PERIOD);
        assertThat(OpeningLoop.timer(context).getDuedate())
                .isBeforeOrEqualTo(java.util.Date.from(LocalDateTime.of(2026, 11, 25, 14, 0)
                        .atZone(TestClock.OFFICE_ZONE)
                        .toInstant()));

        TestClock.setTo(LocalDateTime.of(2026, 11, 26, 9, 0));
        OpeningLoop.restart(context);

        assertThat(OpeningLoop.nextPeriod(context)).isEqualTo("2026-12");
    }

    @Test
    void anOpeningMissedUntilAfterTheReportsWereDueOpensNothing() {
        TestClock.setTo(LocalDateTime.of(2026, 11, 24, 10, 0));
        OpeningLoop.restart(context);
        TestClock.setTo(LocalDateTime.of(2026, 12, 1, 10, 0));

        management.executeJob(OpeningLoop.timer(context).getId());

        assertThat(monthlyInstances()).isEmpty();
        assertThat(rows("reporting_cycle") + rows("outbox_message")).isZero();
        assertThat(OpeningLoop.nextPeriod(context)).isEqualTo("2026-12");
    }

    @Test
    void opensOnTheFirstWorkingDayAfterTheSpringFestival() {
        // 春节 2023: 21–27 January off, Saturday 28 January a make-up workday; WD-3 of January is that Saturday.
        YearMonth january = YearMonth.of(2023, 1);
        SimulatedDays days = new SimulatedDays(context);

        days.run(LocalDate.of(2023, 1, 18), LocalDate.of(2023, 1, 27));
        assertThat(monthlyInstances()).as("nothing during the holiday").isEmpty();
        assertThat(timerAt()).isEqualTo(LocalDateTime.of(2023, 1, 28, 9, 0));
        days.at(LocalDate.of(2023, 1, 28), LocalTime.of(9, 0));

        assertThat(cycle.processInstance(january.toString())).isNotNull();
        assertThat(cycle.find(january.toString()).openedBy()).isEqualTo("system");
        assertThat(monthlyInstances()).hasSize(1);
    }

    @Test
    void aCalendarChangeMovesThePendingOpening() {
        TestClock.setTo(LocalDateTime.of(2026, 11, 20, 10, 0));
        OpeningLoop.restart(context);
        assertThat(timerAt()).isEqualTo(LocalDateTime.of(2026, 11, 25, 9, 0));
        original = calendar.listed("2026").stream()
                .map(d -> new DayEntry(d.date().toString(), d.working(), d.name()))
                .toList();
        List<DayEntry> changed = new ArrayList<>(original);
        changed.add(new DayEntry("2026-11-28", true, "调休"));

        calendar.replace(users.user("admin"), "2026", changed);

        assertThat(timerAt())
                .as("WD-1 is now Saturday 28th, WD-3 Thursday 26th")
                .isEqualTo(LocalDateTime.of(2026, 11, 26, 9, 0));
        SimulatedDays days = new SimulatedDays(context);
        days.at(LocalDate.of(2026, 11, 25), LocalTime.of(9, 0));
        assertThat(monthlyInstances()).isEmpty();
        days.at(LocalDate.of(2026, 11, 26), LocalTime.of(9, 0));
        assertThat(cycle.find(PERIOD).openedBy()).isEqualTo("system");
    }

    @Test
    void automaticOpeningSwitchedOffEndsTheLoop() {
        OpeningLoop.restart(context);

        openings.ensureLoop();

        assertThat(OpeningLoop.timer(context))
                .as("the test profile switches automatic opening off")
                .isNull();
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(OpeningLoop.PROCESS_KEY)
                        .count())
                .isZero();
    }

    private LocalDateTime timerAt() {
        return OpeningLoop.timer(context)
                .getDuedate()
                .toInstant()
                .atZone(TestClock.OFFICE_ZONE)
                .toLocalDateTime();
    }

    private List<HistoricProcessInstance> monthlyInstances() {
        return history
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(MonthlyCycleProcess.KEY)
                .list()
                .stream()
                .filter(h -> !earlier.contains(h.getId()))
                .toList();
    }
}
