package org.reportcycle.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.reportcycle.support.CycleTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/** A report waiting for the office's review is due when the bulletin is due: the office's task list says when. */
class ReviewTaskDueTest extends CycleTestBase {

    private static final String P = "2026-11";

    @Autowired
    private WorkItems workItems;

    @Autowired
    private CycleSchedule schedule;

    @Test
    void aSubmittedReportWaitsForReviewUntilTheCompileDueTime() {
        cycle.open(P);
        cycle.submit(P, "ZZB");

        assertThat(workItems.of(users.office()))
                .filteredOn(w -> w.kind().equals(MonthlyCycleProcess.TASK_REVIEW_SUBMISSION))
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.due()).isEqualTo(schedule.compileDue(YearMonth.parse(P)));
                    assertThat(w.departmentName()).isEqualTo("组织部");
                    assertThat(w.overdue()).isFalse();
                });
    }
}
