package org.reportcycle.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportcycle.document.BulletinDocument;
import org.reportcycle.document.BulletinDocument.PlanParagraph;
import org.reportcycle.document.BulletinRenderer;
import org.reportcycle.plan.PlanEntry;
import org.reportcycle.submission.ReportDraft;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.support.ReportDrafts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The plan section of November 2026's bulletin plans December: a deadline in January 2027 is printed with its year
 * (2027年1月15日前), one within 2026 as before (12月15日前, 十二月份), in every rendering.
 */
class PlanDeadlinesInTheBulletinTest extends CycleTestBase {

    private static final String PERIOD = "2026-11";

    @Autowired
    BulletinCompiler compiler;

    @Autowired
    BulletinRenderer renderer;

    @Test
    void aDeadlineInTheYearAfterThePlanMonthIsPrintedWithItsYear() {
        cycle.open(PERIOD);
        for (String department : cycle.departments(PERIOD)) {
            ReportDraft draft = ReportDrafts.valid(
                    PERIOD, department, cycle.submission(PERIOD, department).version());
            if (department.equals("ZZB")) {
                PlanEntry plan = draft.plans().get(0);
                draft = ReportDrafts.of(
                        draft.version(),
                        draft.completions(),
                        List.of(
                                plan,
                                new PlanEntry("筹备迎春慰问活动", plan.responsibleLeader(), plan.departments(), "2027-01-15"),
                                new PlanEntry("完成年度统计", plan.responsibleLeader(), plan.departments(), "2026-12-15")));
            }
            cycle.submit(PERIOD, department, draft);
            cycle.accept(PERIOD, department);
        }

        BulletinDocument doc = compiler.view(users.office(), PERIOD).document();

        assertThat(doc.planItems())
                .extracting(PlanParagraph::title, PlanParagraph::deadline)
                .contains(tuple("筹备迎春慰问活动", "2027年1月15日前"), tuple("完成年度统计", "12月15日前"), tuple("ZZB做好下月重点工作。", "十二月份"));
        assertThat(renderer.text(doc))
                .contains("筹备迎春慰问活动\n\n责任领导：")
                .contains("完成时限：2027年1月15日前")
                .contains("完成时限：12月15日前")
                .doesNotContain("完成时限：1月15日前");
        assertThat(renderer.html(doc)).contains("完成时限：2027年1月15日前");
    }
}
