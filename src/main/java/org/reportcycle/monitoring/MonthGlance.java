package org.reportcycle.monitoring;

import java.time.OffsetDateTime;
import java.util.List;
import org.reportcycle.cycle.ReportingCycle;
import org.reportcycle.submission.SubmissionStatus;

/**
 * An open cycle at a glance on the office's and leaders' home: how many departments stand where (with each
 * share as a segment of a bar), how many have reported, and which are late.
 */
public record MonthGlance(
        String period,
        ReportingCycle.Status status,
        OffsetDateTime dueAt,
        int departments,
        long reported,
        List<Share> shares,
        List<String> late) {

    /** One status's count and where its segment of the 100-wide bar starts. */
    public record Share(SubmissionStatus status, long count, double start, double width) {}

    static MonthGlance of(CycleProgress progress) {
        List<DepartmentProgress> rows = progress.departments();
        int total = rows.size();
        List<Share> shares = new java.util.ArrayList<>();
        double start = 0;
        for (SubmissionStatus s : List.of(
                SubmissionStatus.ACCEPTED,
                SubmissionStatus.SUBMITTED,
                SubmissionStatus.RETURNED,
                SubmissionStatus.DRAFT,
                SubmissionStatus.NOT_STARTED,
                SubmissionStatus.MISSING)) {
            long count = progress.counts().getOrDefault(s, 0L);
            if (count > 0) {
                double width = 100.0 * count / total;
                shares.add(new Share(s, count, start, width));
                start += width;
            }
        }
        long reported = rows.stream()
                .filter(r -> r.status() == SubmissionStatus.SUBMITTED || r.status() == SubmissionStatus.ACCEPTED)
                .count();
        List<String> late = rows.stream()
                .filter(r -> r.status().editable() && r.overdue())
                .map(DepartmentProgress::departmentName)
                .toList();
        ReportingCycle c = progress.cycle();
        return new MonthGlance(c.period().toString(), c.status(), c.submissionDueAt(), total, reported, shares, late);
    }
}
