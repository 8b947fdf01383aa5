package org.reportcycle.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.calendar.CalendarService;
import org.reportcycle.calendar.DayEntry;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ladder's timers sit on the report task at 08:00 of their working days, with the compile and sign-off due
 * dates on the timeline; a calendar change moves the open timers; the task list shows the colour of the day.
 */
class LadderTimerCalendarTest extends CycleTestBase {

    private static final String P = "2026-11";

    @Autowired
    private CalendarService calendar;

    private List<DayEntry> original;

    @AfterEach
    void restoreCalendar() {
        if (original != null) {
            TestClock.reset();
            calendar.replace(users.user("admin"), "2026", original);
        }
    }

    @Test
    void theLadderTimersAreAtEightOnTheirWorkingDaysAndMoveWhenTheCalendarChanges() {
        cycle.open(P);
        assertThat(ladderTimers("ZZB"))
                .containsExactly("2026-11-27T08:00", "2026-11-30T08:00", "2026-12-01T08:00", "2026-12-02T08:00");

        original = calendar.listed("2026").stream()
                .map(d -> new DayEntry(d.date().toString(), d.working(), d.name()))
                .toList();
        List<DayEntry> changed = new ArrayList<>(original);
        changed.add(new DayEntry("2026-11-27", false, "临时休假"));
        changed.add(new DayEntry("2026-12-01", false, "临时休假"));
        calendar.replace(users.user("admin"), "2026", changed);

        assertThat(ladderTimers("ZZB"))
                .containsExactly("2026-11-26T08:00", "2026-11-30T08:00", "2026-12-02T08:00", "2026-12-03T08:00");
    }

    @Test
    void theCompileDueDateAndItsReminderMoveWhenTheCalendarChanges() {
        cycle.open(P);
        cycle.submit(P, "ZZB");
        cycle.accept(P, "ZZB");
        cycle.closeCollection(P);
        assertThat(stepDue("Task_CompileBulletin")).isEqualTo("2026-12-03T17:00");
        assertThat(stepTimer("BoundaryEvent_CompileDue")).isEqualTo("2026-12-03T08:00");

        original = calendar.listed("2026").stream()
                .map(d -> new DayEntry(d.date().toString(), d.working(), d.name()))
                .toList();
        List<DayEntry> changed = new ArrayList<>(original);
        changed.add(new DayEntry("2026-12-02", false, "临时休假"));
        calendar.replace(users.user("admin"), "2026", changed);

        assertThat(stepDue("Task_CompileBulletin")).isEqualTo("2026-12-04T17:00");
        assertThat(stepTimer("BoundaryEvent_CompileDue")).isEqualTo("2026-12-04T08:00");
    }

    private String stepDue(String taskKey) {
        return office(tasks.createTaskQuery()
                .processInstanceBusinessKey(P)
                .taskDefinitionKey(taskKey)
                .singleResult()
                .getDueDate());
    }

    private String stepTimer(String boundary) {
        return office(management
                .createJobQuery()
                .activityId(boundary)
                .timers()
                .singleResult()
                .getDuedate());
    }

    private static String office(java.util.Date date) {
        return date.toInstant().atZone(TestClock.OFFICE_ZONE).toLocalDateTime().toString();
    }

    @Test
    void theTaskListShowsTheColourOfTheDay() {
        cycle.open(P);
        assertThat(colour()).isNull();
        TestClock.setTo(LocalDateTime.of(2026, 11, 27, 8, 0));
        assertThat(colour()).isEqualTo("BLUE");
        TestClock.setTo(LocalDateTime.of(2026, 11, 30, 12, 0));
        assertThat(colour()).isEqualTo("YELLOW");
        TestClock.setTo(LocalDateTime.of(2026, 12, 2, 9, 0));
        assertThat(colour()).isEqualTo("RED");
        assertThat(context.getBean(org.reportcycle.monitoring.ProgressService.class)
                        .progress(users.office(), P)
                        .departments())
                .allSatisfy(d -> assertThat(d.colour()).isEqualTo("RED"));
    }

    private String colour() {
        return context.getBean(WorkItems.class).of(users.headOf("ZZB")).get(0).colour();
    }

    private List<String> ladderTimers(String department) {
        String instance = cycle.processInstance(P).getId();
        List<String> times = new ArrayList<>();
        for (String boundary : List.of(
                MonthlyCycleProcess.BOUNDARY_REMIND_BLUE,
                MonthlyCycleProcess.BOUNDARY_REMIND_YELLOW,
                MonthlyCycleProcess.BOUNDARY_REMIND_RED,
                MonthlyCycleProcess.BOUNDARY_REMIND_ESCALATED)) {
            List<Job> jobs = management
                    .createJobQuery()
                    .processInstanceId(instance)
                    .activityId(boundary)
                    .list();
            assertThat(jobs).hasSize(directory.participatingDepartments().size());
            times.add(jobs.get(0)
                    .getDuedate()
                    .toInstant()
                    .atZone(TestClock.OFFICE_ZONE)
                    .toLocalDateTime()
                    .toString());
        }
        return times;
    }
}
