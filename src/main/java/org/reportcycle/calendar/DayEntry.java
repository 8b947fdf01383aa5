package org.reportcycle.calendar;

/**
 * One listed day as an administrator sends it: the date ({@code 2026-10-01}), whether it is worked (a make-up
 * workday) or off (a holiday), and the holiday's name. Text, so that a malformed date is a field error.
 */
public record DayEntry(String date, Boolean working, String name) {}
