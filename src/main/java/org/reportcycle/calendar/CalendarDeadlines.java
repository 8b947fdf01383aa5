package org.reportcycle.calendar;

import java.util.List;

/**
 * Implemented by the modules whose deadlines move with the calendar (open cycles, tracked plan items): each
 * deadline as the calendar in effect puts it. Asked again under a supposed calendar, it says where they would go.
 */
public interface CalendarDeadlines {

    List<CalendarDeadline> deadlines();
}
