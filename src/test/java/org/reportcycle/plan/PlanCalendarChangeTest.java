package org.reportcycle.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.calendar.CalendarService;
import org.reportcycle.calendar.DayEntry;
import org.reportcycle.support.DemoUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** When an administrator changes the calendar, open plan items' timers follow the new working days. */
class PlanCalendarChangeTest extends PlanTrackingTestBase {

    @Autowired
    CalendarService calendar;

    private List<DayEntry> original;

    @AfterEach
    void restoreTheCalendar() {
        if (original != null) {
            calendar.replace(users.user(DemoUsers.ADMIN), "2026", original);
        }
    }

    @Test
    void aNewHolidayBeforeTheDeadlineMovesTheTimerOfEveryOpenItem() {
        publishSeptember();
        assertThat(timerAt(zzbItem)).isEqualTo(at8(9, 24));
        original = calendar.listed("2026").stream()
                .map(d -> new DayEntry(d.date().toString(), d.working(), d.name()))
                .toList();
        List<DayEntry> withExtraHoliday = new ArrayList<>(original);
        withExtraHoliday.add(new DayEntry("2026-09-28", false, "测试休息日"));

        calendar.replace(users.user(DemoUsers.ADMIN), "2026", withExtraHoliday);

        // Monday 28 September is off now: WD-5 of 9 October is one working day earlier.
        assertThat(timerAt(zzbItem)).isEqualTo(at8(9, 23));
        assertThat(instance(zzbItem)).hasPassed(PlanTrackingProcess.SERVICE_CANCEL_ON_MOVE);
    }
}
