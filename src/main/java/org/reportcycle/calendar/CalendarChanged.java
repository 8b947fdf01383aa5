package org.reportcycle.calendar;

/**
 * An administrator replaced a year's holidays and make-up workdays. Published inside the administrator's
 * transaction, after the new days are written, so that listeners see them and move due dates in the same
 * transaction.
 */
public record CalendarChanged(int year) {}
