package org.reportcycle.calendar;

import java.util.List;

/**
 * A year as the calendar answers it: every day, and whether the year has data (official holidays and
 * make-up workdays, from a file or an administrator). Without data only weekends are days off.
 *
 * @param source {@code file} or {@code admin}, null without data
 */
public record CalendarYear(int year, boolean hasData, String source, List<CalendarDay> days) {}
