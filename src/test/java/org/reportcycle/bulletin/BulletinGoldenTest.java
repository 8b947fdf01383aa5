package org.reportcycle.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.reportcycle.bulletin.BulletinItem.Section;
import org.reportcycle.cycle.ReportingCycle;
import org.reportcycle.document.BulletinDocument;
import org.reportcycle.document.BulletinDocxTest;
import org.reportcycle.document.BulletinRenderer;
import org.reportcycle.organization.Department;
import org.reportcycle.organization.Leader;
import org.reportcycle.plan.PlanEntry;
import org.reportcycle.submission.CompletionEntry;
import org.reportcycle.submission.SubmissionService;
import org.reportcycle.support.PdfText;
import org.reportcycle.support.ReportDrafts;
import org.reportcycle.support.SeedOrganizationTestBase;
import org.reportcycle.support.TestClock;
import org.reportcycle.system.ReportingPeriod;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

/**
 * The bulletin ReportCycle compiles reads as the office's real documents (reference documents 000 and 002 of
 * 荆州市总工会) when their items come in as department reports: the office opens the month, each head saves and
 * submits, the office accepts (or closes collection), the process assembles the draft, and the office arranges
 * it as the document was arranged. Whitespace does not count: the reference texts carry page breaks and spaced
 * characters (第 6 期, 董 军), so it is removed from both sides.
 * <p>
 * The items are taken from the reference texts themselves, their numbers taken off (ReportCycle numbers them).
 * Who reported which item the documents do not say; the tests spread them over the departments plausibly.
 */
class BulletinGoldenTest extends SeedOrganizationTestBase {

    private static final String SUMMARY_TITLE = "荆州市总工会九月份工作综述";
    private static final String PLAN_TITLE = "荆州市总工会十月份工作计划";

    /** The headings of the summary items of document 002, which stand apart from their text. */
    private static final List<String> SUMMARY_HEADINGS = List.of(
            "扎实开展党风廉政建设宣教月系列活动",
            "圆满举行2020年“爱心成就梦想·金秋助学活动”助学金发放仪式",
            "举行全省职工网络宣讲比赛荆州赛区选拔赛",
            "举办荆州市家政服务业职业技能竞赛",
            "扎实推进基层工会组织建设质效提升行动",
            "抓好建功立业劳动竞赛");

    @Autowired
    SubmissionService submissions;

    @Autowired
    BulletinCompiler compiler;

    @Autowired
    BulletinEditor editor;

    @Autowired
    BulletinRenderer renderer;

    @Autowired
    BulletinRenditions renditions;

    /** A page number line of the PDF, "— 2 —", which no seed has. */
    private static final String PAGE_NUMBER = "(?m)^\\s*—\\s*\\d+\\s*—\\s*$";

    @Test
    void theMarch2019ReportsCompileToIssue6OfTheBulletinWordForWord() {
        String period = "2019-03";
        SeedDocument seed = SeedDocument.read("000_49a4dcd89bf3ab6b.txt");
        List<CompletionEntry> done = seed.items("荆州市总工会三月份工作完成情况", "报：").stream()
                .map(lines -> firstSentenceAsTitle(SeedDocument.joined(lines)))
                .toList();
        assertThat(done).hasSize(7);

        // WD-3 of March 2019 (the 29th, a Friday, is WD0), the morning the cycle opens.
        TestClock.setTo(LocalDateTime.of(2019, 3, 26, 9, 0));
        cycle.open(period);
        Reports reports = new Reports();
        reports.completions(done, List.of("BGS", "ZZB", "JCB", "GYL", "QYB", "XJB", "JJB"));
        reports.submitAndAccept(period);
        assertThat(cycle.status(period)).isEqualTo(ReportingCycle.Status.COMPILING);

        BulletinView view = arrange(
                period,
                done,
                List.of(),
                edit -> new BulletinEdit(
                        edit.version(),
                        6,
                        LocalDate.of(2019, 4, 1),
                        edit.title(),
                        edit.intro(),
                        edit.planTitle(),
                        edit.items()));

        renderings(view.document()).forEach((rendering, text) -> assertMatchesSeed(rendering, text, seed.text()));
    }

    @Test
    void theSeptember2020ReportsCompileToTheSummaryAndOctoberPlanWordForWord() {
        String period = "2020-09";
        SeedDocument seed = SeedDocument.read("002_db589f9869df739c.txt");
        List<List<String>> summary = seed.items(SUMMARY_TITLE, PLAN_TITLE);
        List<CompletionEntry> done = new ArrayList<>();
        for (int i = 0; i < summary.size(); i++) {
            done.add(headedItem(SUMMARY_HEADINGS.get(i), SeedDocument.joined(summary.get(i))));
        }
        List<PlanEntry> planned =
                seed.items(PLAN_TITLE, null).stream().map(this::planItem).toList();
        assertThat(done).hasSize(6);
        assertThat(planned).hasSize(10);

        // WD-3 of September 2020 is Sunday the 27th, a working day before the National Day holiday.
        TestClock.setTo(LocalDateTime.of(2020, 9, 27, 9, 0));
        cycle.open(period);
        Reports reports = new Reports();
        reports.completions(done, List.of("BGS", "QYB", "XJB", "JJB", "JCB", "GYL"));
        reports.plans(planned, List.of("QYB", "QYB", "QYB", "GYL", "QYB", "XJB", "XJB", "JCB", "JJB", "BGS"));
        reports.submitAndAccept(period);
        assertThat(cycle.closeCollection(period))
                .as("组织部 reported nothing of its own")
                .containsExactly("ZZB");
        assertThat(cycle.status(period)).isEqualTo(ReportingCycle.Status.COMPILING);

        // The document prints no 版记: neither lists nor 责任编辑 and 联系电话, which the office leaves empty.
        BulletinView view = arrange(
                period,
                done,
                planned,
                edit -> new BulletinEdit(
                        edit.version(),
                        edit.issueNumber(),
                        edit.issueDate(),
                        SUMMARY_TITLE,
                        edit.intro(),
                        edit.planTitle(),
                        null,
                        null,
                        null,
                        "",
                        "",
                        List.of(),
                        List.of(),
                        edit.items()));

        String expected = seed.from(SUMMARY_TITLE);
        renderings(view.document())
                .forEach((rendering, text) -> assertMatchesSeed(rendering, from(text, SUMMARY_TITLE), expected));
    }

    /** Every rendering of the document, read back as plain text. */
    private Map<String, String> renderings(BulletinDocument doc) {
        Map<String, String> renderings = new LinkedHashMap<>();
        renderings.put("text", renderer.text(doc));
        renderings.put("html", HtmlUtils.htmlUnescape(renderer.html(doc).replaceAll("<[^>]*>", " ")));
        renderings.put("docx", docxText(renditions.render(BulletinFormat.DOCX, doc)));
        if (PdfText.fontExpected()) {
            renderings.put(
                    "pdf",
                    PdfText.of(renditions.render(BulletinFormat.PDF, doc)).replaceAll(PAGE_NUMBER, ""));
        }
        return renderings;
    }

    /** The paragraphs of the Word document's body, as POI reads them (page numbers live in the page footers). */
    private static String docxText(byte[] docx) {
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return BulletinDocxTest.bodyText(read);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertMatchesSeed(String rendering, String renderedText, String seed) {
        String rendered = withoutWhitespace(renderedText);
        String expected = withoutWhitespace(seed);
        int at = 0;
        while (at < Math.min(rendered.length(), expected.length()) && rendered.charAt(at) == expected.charAt(at)) {
            at++;
        }
        assertThat(rendered)
                .withFailMessage(
                        "the %s rendering differs from the document at character %d:%n"
                                + "  rendered «%s»%n  document «%s»",
                        rendering, at, excerpt(rendered, at), excerpt(expected, at))
                .isEqualTo(expected);
    }

    static String withoutWhitespace(String text) {
        StringBuilder kept = new StringBuilder();
        text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static String excerpt(String text, int at) {
        return text.substring(Math.max(0, at - 20), Math.min(text.length(), at + 40));
    }

    private static String from(String text, String from) {
        int start = text.indexOf(from);
        assertThat(start).as("%s in the rendering", from).isNotNegative();
        return text.substring(start);
    }

    /** Document 000 runs title sentence and text together (一、Title。Text…): the title is the first sentence. */
    private static CompletionEntry firstSentenceAsTitle(String item) {
        int end = item.indexOf('。') + 1;
        return new CompletionEntry(item.substring(0, end), item.substring(end));
    }

    /** Document 002 sets each summary heading apart; it has no full stop to split at, so it is named. */
    private static CompletionEntry headedItem(String heading, String item) {
        assertThat(item).startsWith(heading);
        return new CompletionEntry(heading, item.substring(heading.length()));
    }

    /** 一、Title / 责任领导：name / 责任部室：name、name / 完成时限：十月份, as a department enters it. */
    private PlanEntry planItem(List<String> lines) {
        assertThat(lines).hasSize(4);
        String leaderName = field(lines.get(1), "责任领导：");
        String leader = directory.leaders().stream()
                .filter(l -> l.name().equals(leaderName))
                .map(Leader::username)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no leader " + leaderName));
        List<String> departments = Stream.of(field(lines.get(2), "责任部室：").split("、"))
                .map(name -> directory.departments().stream()
                        .filter(d -> d.name().equals(name))
                        .map(Department::code)
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no department " + name)))
                .toList();
        assertThat(field(lines.get(3), "完成时限：")).isEqualTo("十月份");
        return new PlanEntry(lines.get(0), leader, departments, "2020-10");
    }

    private static String field(String line, String label) {
        assertThat(line).startsWith(label);
        return line.substring(label.length());
    }

    /**
     * The office puts the items in the document's order (completions, then plan items) and changes the header as
     * {@code header} says; returns the edited bulletin.
     */
    private BulletinView arrange(
            String period, List<CompletionEntry> done, List<PlanEntry> planned, UnaryOperator<BulletinEdit> header) {
        BulletinView draft = compiler.view(users.office(), period);
        Map<Section, List<String>> order = Map.of(
                Section.COMPLETION,
                done.stream().map(CompletionEntry::title).toList(),
                Section.PLAN,
                planned.stream().map(PlanEntry::title).toList());
        order.forEach((section, titles) -> assertThat(draft.items())
                .filteredOn(i -> i.section() == section)
                .extracting(BulletinItem::title)
                .containsExactlyInAnyOrderElementsOf(titles));
        List<BulletinEdit.ItemEdit> items = draft.items().stream()
                .sorted(Comparator.comparing(BulletinItem::section)
                        .thenComparingInt(i -> order.get(i.section()).indexOf(i.title())))
                .map(i -> new BulletinEdit.ItemEdit(i.id(), i.title(), i.body(), false))
                .toList();
        Bulletin b = draft.bulletin();
        BulletinEdit edit = header.apply(new BulletinEdit(
                b.version(), b.issueNumber(), b.issueDate(), b.title(), b.intro(), b.planTitle(), items));
        return editor.edit(users.office(), period, edit);
    }

    /** What each department reports; each head saves a draft, then submits it, and the office accepts it. */
    private final class Reports {

        private final Map<String, List<CompletionEntry>> completions = new LinkedHashMap<>();
        private final Map<String, List<PlanEntry>> plans = new LinkedHashMap<>();

        void completions(List<CompletionEntry> items, List<String> reporters) {
            for (int i = 0; i < items.size(); i++) {
                completions
                        .computeIfAbsent(reporters.get(i), d -> new ArrayList<>())
                        .add(items.get(i));
            }
        }

        void plans(List<PlanEntry> items, List<String> reporters) {
            for (int i = 0; i < items.size(); i++) {
                plans.computeIfAbsent(reporters.get(i), d -> new ArrayList<>()).add(items.get(i));
            }
        }

        void submitAndAccept(String period) {
            for (String department : completions.keySet()) {
                List<CompletionEntry> done = completions.get(department);
                List<PlanEntry> planned = plans.getOrDefault(department, List.of());
                int version = cycle.submission(period, department).version();
                int saved = submissions
                        .saveDraft(
                                users.headOf(department),
                                ReportingPeriod.parse(period),
                                department,
                                ReportDrafts.of(version, done, planned))
                        .version();
                cycle.submit(period, department, ReportDrafts.of(saved, done, planned));
                cycle.accept(period, department);
            }
        }
    }
}
