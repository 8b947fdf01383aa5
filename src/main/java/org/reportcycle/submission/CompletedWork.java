package org.reportcycle.submission;

/** One paragraph of completed work from an accepted report, with the month and department it came from. */
public record CompletedWork(String period, String departmentCode, String title, String body) {}
