package org.reportcycle.calendar;

import java.time.LocalDate;

/** One day of a year: whether it is a working day and, if the calendar lists it, the holiday's name. */
public record CalendarDay(LocalDate date, boolean working, String name) {}
