package org.reportcycle.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the calendar files ({@code <year>.yml}) are; relative paths are from the working directory. */
@ConfigurationProperties("reportcycle.calendar")
record CalendarSettings(@DefaultValue("config/calendar") String directory) {}
