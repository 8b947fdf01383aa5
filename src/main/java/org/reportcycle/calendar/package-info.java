/**
 * The working-day calendar (工作日历). Every deadline in the cycle counts working days: a day is a working day
 * if it is listed as a make-up workday (调休), else not if it is listed as a holiday, else Monday to Friday.
 * The database holds the calendar per year; the files {@code config/calendar/<year>.yml} seed a year that is
 * not there yet, and an administrator may replace a year in the application. A change publishes
 * {@link org.reportcycle.calendar.CalendarChanged}. Everything here is in the office's time zone, Asia/Shanghai.
 */
@ApplicationModule(allowedDependencies = {"system"})
package org.reportcycle.calendar;

import org.springframework.modulith.ApplicationModule;
