package org.reportcycle.cycle;

import org.reportcycle.calendar.CalendarChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A calendar change moves the pending opening, in the administrator's transaction. */
@Component
class OpeningCalendarListener {

    private final CycleOpenings openings;

    OpeningCalendarListener(CycleOpenings openings) {
        this.openings = openings;
    }

    @EventListener
    void calendarChanged(CalendarChanged event) {
        openings.reschedule();
    }
}
