package org.reportcycle.monitoring;

import java.util.List;
import java.util.Map;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.cycle.ReportingCycle;
import org.reportcycle.submission.SubmissionStatus;
import org.reportcycle.system.ReportingPeriod;

/** A cycle with its departments in display order and counts per status. */
public record CycleProgress(
        ReportingCycle cycle, List<DepartmentProgress> departments, Map<SubmissionStatus, Long> counts) {

    static CycleProgress of(CycleService cycles, ReportingPeriod period, List<DepartmentProgress> rows) {
        Map<SubmissionStatus, Long> counts = new java.util.EnumMap<>(SubmissionStatus.class);
        for (SubmissionStatus s : SubmissionStatus.values()) {
            counts.put(s, rows.stream().filter(r -> r.status() == s).count());
        }
        return new CycleProgress(cycles.find(period), rows, counts);
    }

    /**
     * Collection is over (every report accepted or missing) but the cycle is not yet compiling: the draft is being
     * assembled in the background, right after the office's last accept or closing.
     */
    public boolean assembling() {
        return cycle.status() == ReportingCycle.Status.COLLECTING
                && !departments.isEmpty()
                && departments.stream()
                        .allMatch(
                                d -> d.status() == SubmissionStatus.ACCEPTED || d.status() == SubmissionStatus.MISSING);
    }
}
