package org.reportcycle.calendar;

import java.util.List;

/** One parsed calendar file: its year and the days it lists (holidays off, make-up workdays worked). */
record CalendarFile(String file, int year, List<CalendarDay> days) {}
