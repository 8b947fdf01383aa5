package org.reportcycle.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.reportcycle.support.Refusals.refused;

import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.reportcycle.document.BulletinDocxTest;
import org.reportcycle.submission.CompletionEntry;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.support.ReportDrafts;
import org.reportcycle.system.ForbiddenException;
import org.reportcycle.system.InvalidInputException;
import org.reportcycle.system.InvalidInputException.FieldProblem;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The third quarter's summary is drafted from the completed work of the accepted reports of July to September:
 * departments in the organisation's order (组织部 before 权益保障部), items in month order with their month noted
 * and their figures verbatim; a returned report and a month outside the range stay out.
 */
class PeriodSummariesTest extends CycleTestBase {

    private static final CompletionEntry TRAINING = new CompletionEntry(
            "举办育婴师培训班。", "20日，第一期育婴师培训开班，参训学员100多人。\n截止当前，举办“月嫂”培训班41期，培训学员3376人，其中1896人获得中级以上育婴师职称。");
    private static final CompletionEntry APPRAISAL =
            new CompletionEntry("召开非公企业工会主席述职考评会。", "30家市直重点非公企业工会主席进行了述职和考评，每月发放100元至300元的工作津贴。");
    private static final CompletionEntry RIGHTS = new CompletionEntry("开展女职工维权月系列活动", "共开展维权讲座50多场次，1000多人次女职工参加。");

    @Autowired
    PeriodSummaries summaries;

    private void acceptReportsOfSeveralMonths() {
        cycle.open("2026-07");
        enter("2026-07", "QYB", RIGHTS);
        enter("2026-07", "ZZB", TRAINING);
        cycle.submit("2026-07", "XJB", ReportDrafts.of(0, List.of(new CompletionEntry("退回的工作。", "不应出现。")), List.of()));
        cycle.returnToDepartment("2026-07", "XJB", "请补充。");
        cycle.open("2026-09");
        enter("2026-09", "ZZB", APPRAISAL);
        cycle.open("2026-10");
        enter("2026-10", "QYB", new CompletionEntry("十月份的工作。", "不应出现。"));
    }

    @Test
    void theDraftGroupsTheQuartersAcceptedWorkByDepartmentWithFiguresVerbatim() throws IOException {
        acceptReportsOfSeveralMonths();
        DocxFile file = summaries.draft(users.office(), "2026-07", "2026-09");

        assertThat(file.filename()).isEqualTo("2026年示例市总工会第三季度工作总结.docx");
        try (XWPFDocument doc = BulletinDocxTest.read(file.content())) {
            List<String> paragraphs = doc.getParagraphs().stream()
                    .map(XWPFParagraph::getText)
                    .filter(p -> !p.isBlank())
                    .toList();
            assertThat(paragraphs)
                    .containsExactly(
                            "示例市总工会",
                            "2026年示例市总工会第三季度工作总结",
                            "〔导语：请在此概述第三季度工作的总体情况。〕",
                            "一、组织部",
                            "（一）举办育婴师培训班（七月）。20日，第一期育婴师培训开班，参训学员100多人。",
                            "截止当前，举办“月嫂”培训班41期，培训学员3376人，其中1896人获得中级以上育婴师职称。",
                            "（二）召开非公企业工会主席述职考评会（九月）。30家市直重点非公企业工会主席进行了述职和考评，每月发放100元至300元的工作津贴。",
                            "二、权益保障部",
                            "（一）开展女职工维权月系列活动（七月）。共开展维权讲座50多场次，1000多人次女职工参加。");
            XWPFParagraph item = doc.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("（二）"))
                    .findFirst()
                    .orElseThrow();
            assertThat(item.getRuns())
                    .extracting(r -> r.getFontFamily(XWPFRun.FontCharRange.eastAsia))
                    .containsExactly("楷体_GB2312", "仿宋_GB2312");
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("2026年示例市总工会第三季度工作总结");
        }
    }

    @Test
    void aRangeWithoutAcceptedReportsGivesADraftThatSaysSo() throws IOException {
        try (XWPFDocument doc = BulletinDocxTest.read(
                summaries.draft(users.office(), "2026-01", "2026-06").content())) {
            assertThat(BulletinDocxTest.bodyText(doc))
                    .contains("2026年示例市总工会上半年工作总结", SummaryDocx.NOTHING)
                    .doesNotContain("组织部");
        }
    }

    @Test
    void onlyTheOfficeDraftsSummaries() {
        for (String username : List.of("zzb", "wang.jianguo", "li.minghua", "admin")) {
            refused(ForbiddenException.class, () -> summaries.draft(users.user(username), "2026-07", "2026-09"));
        }
    }

    @Test
    void aBadRangeIsRefusedNamingTheField() {
        InvalidInputException e =
                refused(InvalidInputException.class, () -> summaries.draft(users.office(), "2026-09", "2026-07"));
        assertThat(e.problems())
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("to", "error.summary.order"));
    }

    private void enter(String period, String department, CompletionEntry work) {
        int version = cycle.submission(period, department).version();
        cycle.submit(period, department, ReportDrafts.of(version, List.of(work), List.of()));
        cycle.accept(period, department);
    }
}
