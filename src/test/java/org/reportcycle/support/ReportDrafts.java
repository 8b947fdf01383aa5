package org.reportcycle.support;

import java.time.YearMonth;
import java.util.List;
import org.reportcycle.plan.PlanEntry;
import org.reportcycle.submission.CompletionEntry;
import org.reportcycle.submission.ReportDraft;

/** Reports as a department head would send them, valid unless a test changes a part on purpose. */
public final class ReportDrafts {

    /** A leader of the demo organisation who may be named 责任领导. */
    public static final String RESPONSIBLE_LEADER = DemoUsers.OTHER_LEADER;

    private ReportDrafts() {}

    /**
     * A report that passes every check: one completion paragraph and one plan item for the month after
     * {@code period}, owned by the department itself. {@code version} is the submission's current version.
     */
    public static ReportDraft valid(String period, String departmentCode, int version) {
        return of(version, List.of(completion(departmentCode)), List.of(nextMonthPlan(period, departmentCode)));
    }

    public static ReportDraft of(int version, List<CompletionEntry> completions, List<PlanEntry> plans) {
        return new ReportDraft(version, completions, List.of(), plans);
    }

    /** A paragraph of done work whose title names the department, so tests can find it in the bulletin. */
    public static CompletionEntry completion(String departmentCode) {
        return new CompletionEntry(departmentCode + "完成本月重点工作。", "21日上午，" + departmentCode + "召开专题会议，部署落实本月各项任务。");
    }

    /** A plan item due by the end of the month after {@code period}. */
    public static PlanEntry nextMonthPlan(String period, String departmentCode) {
        return new PlanEntry(
                departmentCode + "做好下月重点工作。",
                RESPONSIBLE_LEADER,
                List.of(departmentCode),
                YearMonth.parse(period).plusMonths(1).toString());
    }
}
