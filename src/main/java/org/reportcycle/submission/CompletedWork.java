package org.reportcycle.submission;

import org.reportcycle.system.ReportingPeriod;

/** One paragraph of completed work from an accepted report, with the month and department it came from. */
public record CompletedWork(ReportingPeriod period, String departmentCode, String title, String body) {}
