package org.reportcycle.plan;

import org.reportcycle.calendar.CalendarChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When an administrator changes the calendar, each open item's timer follows the new working days, in the
 * administrator's transaction.
 */
@Component
class PlanCalendarListener {

    private static final Logger log = LoggerFactory.getLogger(PlanCalendarListener.class);

    private final PlanTracking tracking;

    PlanCalendarListener(PlanTracking tracking) {
        this.tracking = tracking;
    }

    @EventListener
    void calendarChanged(CalendarChanged event) {
        tracking.rescheduleAll();
        log.info("Calendar {} changed: open plan items rescheduled", event.year());
    }
}
