package org.reportcycle.submission;

import java.util.List;
import org.reportcycle.plan.PlanItem;

/** An accepted report as the bulletin is compiled from it. */
public record AcceptedReport(String departmentCode, List<CompletionEntry> completions, List<PlanItem> plans) {}
