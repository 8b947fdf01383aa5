package org.reportcycle.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;
import org.reportcycle.document.BulletinDocument.Paragraph;
import org.reportcycle.document.BulletinDocument.PlanParagraph;
import org.thymeleaf.TemplateEngine;

/**
 * The bulletin as a Word document: the content of the text rendering in its order (seed 000, 工会要情摘报 第 6 期),
 * on A4 with the GB/T 9704 margins, a red masthead and rule, named fonts, page numbers, the 版记 floating at the
 * foot of an even last page, and any input surviving as valid XML.
 */
public class BulletinDocxTest {

    private static final String FIGURES =
            "截止当前，市总工会举办“月嫂”培训班41期，培训学员3376人，其中1896人通过人社部门技能考评、" + "获得中级以上育婴师职称，所培训学员已成为荆州市母婴市场的主力军，打响了“荆州月嫂”靓丽品牌。";

    private final BulletinDocx docx = new BulletinDocx();
    private final BulletinRenderer renderer = new BulletinRenderer(new TemplateEngine());

    @Test
    void theDocumentCarriesTheTextRenderingInItsOrder() throws IOException {
        BulletinDocument doc = seed000();
        try (XWPFDocument read = read(docx.render(doc))) {
            String text = bodyText(read);
            assertThat(noWhitespace(text)).isEqualTo(noWhitespace(renderer.text(doc)));
            assertThat(text).contains("培训学员3376人").contains("报：省总工会、市“四大家”有关领导、市“四大家”办公室");
            assertThat(read.getProperties().getCoreProperties().getTitle()).isEqualTo("荆州市总工会三月份工作完成情况");
            assertThat(read.getProperties().getCoreProperties().getCreator()).isEqualTo("荆州市总工会");
        }
    }

    @Test
    void eachItemTitleAndEachBodyLineIsAParagraphOfItsOwn() throws IOException {
        try (XWPFDocument read = read(docx.render(seed000()))) {
            List<String> paragraphs = lines(read);
            assertThat(paragraphs)
                    .containsSubsequence(
                            "一、深入学习贯彻省总工会十三届二次全委会议精神。",
                            "21日上午，市委召开常委会议研究省总工会十三届二次全委会议精神学习宣传贯彻工作。",
                            "为贯彻落实省总工会十三届二次全委会议和市委何书记的重要指示精神，市总工会于27—28日分部室召开工作会议。",
                            "七、荆州职工素质提升大讲堂—育婴师培训开班。");
            assertThat(paragraphs).contains("荆州市总工会\t2019 年 4 月 1 日", "责任编辑：董军\t联系电话：8219262", "第 6 期", FIGURES);
            assertThat(paragraphs)
                    .containsSubsequence("荆州市总工会四月份工作计划", "一、扎实开展 2020 年“扶贫日”活动", "责任领导：高启秀", "责任部室：权益保障部", "完成时限：十月份");
        }
    }

    @Test
    void thePageIsA4WithTheOfficialMargins() throws IOException {
        try (XWPFDocument read = read(docx.render(seed000()))) {
            CTPageSz size = read.getDocument().getBody().getSectPr().getPgSz();
            assertThat(size.getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(size.getH()).isEqualTo(BigInteger.valueOf(16838));
            CTPageMar margins = read.getDocument().getBody().getSectPr().getPgMar();
            assertThat(twips(margins.getTop())).isEqualTo(2098);
            assertThat(twips(margins.getBottom())).isEqualTo(1984);
            assertThat(twips(margins.getLeft())).isEqualTo(1587);
            assertThat(twips(margins.getRight())).isEqualTo(1474);
        }
    }

    @Test
    void theMastheadAndItsRuleAreRed() throws IOException {
        try (XWPFDocument read = read(docx.render(seed000()))) {
            XWPFRun name = paragraph(read, "工会要情摘报").getRuns().get(0);
            assertThat(name.getColor()).isEqualTo("FF0000");
            assertThat(name.getFontSizeAsDouble()).isGreaterThanOrEqualTo(36.0);
            assertThat(name.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
            List<XWPFParagraph> ruled = read.getParagraphs().stream()
                    .filter(p ->
                            p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetPBdr())
                    .toList();
            assertThat(ruled).isNotEmpty();
            CTBorder rule = ruled.get(0).getCTP().getPPr().getPBdr().getBottom();
            assertThat(rule.xgetColor().getStringValue()).isEqualTo("FF0000");
            assertThat(rule.getSz()).isEqualTo(BigInteger.valueOf(12));
            List<XWPFParagraph> all = read.getParagraphs();
            assertThat(all.indexOf(ruled.get(0)))
                    .isGreaterThan(all.indexOf(paragraph(read, "荆州市总工会\t2019 年 4 月 1 日")))
                    .isLessThan(all.indexOf(paragraph(read, "荆州市总工会三月份工作完成情况")));
        }
    }

    @Test
    void runsNameTheOfficialFonts() throws IOException {
        try (XWPFDocument read = read(docx.render(seed000()))) {
            XWPFRun body = paragraph(read, FIGURES).getRuns().get(0);
            assertThat(body.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋_GB2312");
            assertThat(body.getFontFamily(XWPFRun.FontCharRange.ascii)).isEqualTo("仿宋_GB2312");
            assertThat(body.getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(paragraph(read, FIGURES).getIndentationFirstLine()).isEqualTo(640);
            XWPFRun heading =
                    paragraph(read, "七、荆州职工素质提升大讲堂—育婴师培训开班。").getRuns().get(0);
            assertThat(heading.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("黑体");
            XWPFRun title = paragraph(read, "荆州市总工会三月份工作完成情况").getRuns().get(0);
            assertThat(title.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
            assertThat(title.getFontSizeAsDouble()).isEqualTo(22.0);
        }
    }

    @Test
    void oddAndEvenPagesCarryAPageNumberField() throws IOException {
        try (XWPFDocument read = read(docx.render(seed000()))) {
            assertThat(read.getEvenAndOddHeadings()).isTrue();
            assertThat(read.getFooterList()).hasSize(2);
            for (XWPFFooter footer : read.getFooterList()) {
                String xml = footer._getHdrFtr().xmlText();
                assertThat(xml).contains("PAGE").contains("fldChar");
                assertThat(footer.getText().strip()).isEqualTo("— 1 —");
                assertThat(footer.getParagraphs().get(0).getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia))
                        .isEqualTo("宋体");
            }
        }
    }

    @Test
    void aSpecialEditionNamesItselfUnderTheMasthead() throws IOException {
        BulletinDocument special = new BulletinDocument(
                "工会要情摘报",
                "专刊",
                3,
                "荆州市总工会",
                "2019 年 4 月 1 日",
                "标题",
                null,
                List.of(new Paragraph("一", "标题句。", "正文。")),
                "计划",
                List.of(),
                List.of(),
                List.of("各部室"),
                "董军",
                "8219262");
        try (XWPFDocument read = read(docx.render(special))) {
            List<String> paragraphs = lines(read);
            assertThat(paragraphs).containsSubsequence("工会要情摘报", "专刊", "第 3 期");
            assertThat(paragraph(read, "专刊").getRuns().get(0).getColor()).isEqualTo("FF0000");
            assertThat(paragraphs)
                    .contains("发：各部室")
                    .noneMatch(p -> p.startsWith("报："))
                    .doesNotContain("计划");
        }
    }

    @Test
    void theFooterFloatsAtTheFootOfASectionOfItsOwnThatStartsOnAnEvenPage() throws IOException {
        try (XWPFDocument read = read(docx.render(seed000()))) {
            List<IBodyElement> body = read.getBodyElements();
            XWPFTable footer = read.getTables().get(read.getTables().size() - 1);
            assertThat(body.indexOf(footer))
                    .as("the table, then its anchor paragraph")
                    .isEqualTo(body.size() - 2);
            CTTblPPr position = footer.getCTTbl().getTblPr().getTblpPr();
            assertThat(position.getVertAnchor().toString()).isEqualTo("margin");
            assertThat(position.getTblpYSpec().toString()).isEqualTo("bottom");
            assertThat(position.getHorzAnchor().toString()).isEqualTo("page");
            assertThat(twips(position.getTblpX()))
                    .as("from the left edge of the type area")
                    .isEqualTo(1587);
            CTSectPr last = read.getDocument().getBody().getSectPr();
            assertThat(last.getType().getVal()).isEqualTo(STSectionMark.EVEN_PAGE);
            assertThat(((XWPFParagraph) body.get(body.indexOf(footer) - 1)).getText())
                    .as("the section's first line")
                    .isEmpty();
            XWPFParagraph endOfText = (XWPFParagraph) body.get(body.indexOf(footer) - 2);
            assertThat(endOfText.getText()).isEqualTo("完成时限：10月15日前");
            CTSectPr text = endOfText.getCTP().getPPr().getSectPr();
            assertThat(text.isSetType())
                    .as("the text's section starts where the document does")
                    .isFalse();
            assertThat(text.getPgSz().getH()).isEqualTo(last.getPgSz().getH());
            assertThat(twips(text.getPgMar().getBottom()))
                    .isEqualTo(twips(last.getPgMar().getBottom()));
            assertThat(text.getFooterReferenceList()).hasSize(2);
            assertThat(lines(footer))
                    .containsExactly(
                            "报：省总工会、市“四大家”有关领导、市“四大家”办公室", "发：各县市区总工会、市总机关各部室、各驻会产业工会", "责任编辑：董军\t联系电话：8219262");
            assertThat(rules(footer)).containsExactly("top 8", "bottom 6", "bottom 8");
        }
    }

    @Test
    void anEmptyEditorAndPhonePrintNoLineAndTheListsCloseTheFooter() throws IOException {
        try (XWPFDocument read = read(docx.render(withNotes("", "")))) {
            XWPFTable footer = read.getTables().get(0);
            assertThat(lines(footer)).containsExactly("报：省总工会、市“四大家”有关领导、市“四大家”办公室", "发：各县市区总工会、市总机关各部室、各驻会产业工会");
            assertThat(rules(footer)).containsExactly("top 8", "bottom 8");
            assertThat(bodyText(read)).doesNotContain("责任编辑", "联系电话");
        }
    }

    @Test
    void aPhoneWithoutEditorIsPrintedAlone() throws IOException {
        try (XWPFDocument read = read(docx.render(withNotes(" ", "8219262")))) {
            assertThat(lines(read.getTables().get(0))).endsWith("联系电话：8219262");
            assertThat(bodyText(read)).doesNotContain("责任编辑");
        }
    }

    @Test
    void aFooterWithNothingToPrintIsLeftOutWithItsSection() throws IOException {
        BulletinDocument d = seed000();
        BulletinDocument bare = new BulletinDocument(
                d.bulletinName(),
                null,
                6,
                d.organization(),
                d.date(),
                d.title(),
                null,
                d.items(),
                d.planTitle(),
                d.planItems(),
                List.of(),
                List.of(),
                "",
                null);
        try (XWPFDocument read = read(docx.render(bare))) {
            assertThat(read.getTables()).isEmpty();
            assertThat(read.getDocument().getBody().getSectPr().isSetType()).isFalse();
            assertThat(lines(read).get(lines(read).size() - 1)).isEqualTo("完成时限：10月15日前");
        }
    }

    private static BulletinDocument withNotes(String editor, String phone) {
        BulletinDocument d = seed000();
        return new BulletinDocument(
                d.bulletinName(),
                null,
                6,
                d.organization(),
                d.date(),
                d.title(),
                d.intro(),
                d.items(),
                d.planTitle(),
                d.planItems(),
                d.reportTo(),
                d.distributeTo(),
                editor,
                phone);
    }

    private static List<String> lines(XWPFTable table) {
        return table.getRows().stream()
                .flatMap(r -> r.getTableCells().stream())
                .flatMap(c -> c.getParagraphs().stream())
                .map(XWPFParagraph::getText)
                .toList();
    }

    /** Each row's rules, "top 8 bottom 6" in eighths of a point ("" for none). */
    private static List<String> rules(XWPFTable table) {
        return table.getRows().stream()
                .map(r -> {
                    XWPFTableCell cell = r.getCell(0);
                    if (cell.getCTTc().getTcPr() == null
                            || !cell.getCTTc().getTcPr().isSetTcBorders()) {
                        return "";
                    }
                    CTTcBorders b = cell.getCTTc().getTcPr().getTcBorders();
                    return ((b.isSetTop() ? "top " + b.getTop().getSz() + " " : "")
                                    + (b.isSetBottom()
                                            ? "bottom " + b.getBottom().getSz()
                                            : ""))
                            .strip();
                })
                .toList();
    }

    @Test
    void hostileTextSurvivesAsValidXml() throws Exception {
        String longLine = "长".repeat(4990) + "0123456789";
        String body = "<script>alert('x')</script>\n&amp; &lt;b&gt;\nA\u0000B\u0001C\u0008D\u001BE\u001FF\tG"
                + "\n职工之家🏠👍🏽完成\n" + longLine;
        BulletinDocument hostile = new BulletinDocument(
                "工会要情摘报",
                null,
                1,
                "机关 & <单位>",
                "2019 年 4 月 1 日",
                "标题\u0007<i>",
                null,
                List.of(new Paragraph("一", "标题\uD800句\uFFFF。", body)),
                "计划",
                List.of(),
                List.of("甲"),
                List.of("乙"),
                "编辑",
                "电话");
        byte[] bytes = docx.render(hostile);

        assertEveryPartIsWellFormedXml(bytes);
        try (XWPFDocument read = read(bytes)) {
            List<String> paragraphs = lines(read);
            assertThat(paragraphs)
                    .contains(
                            "<script>alert('x')</script>",
                            "&amp; &lt;b&gt;",
                            "ABCDEF\tG",
                            "职工之家🏠👍🏽完成",
                            longLine,
                            "标题<i>",
                            "一、标题句。");
            assertThat(paragraphs).anyMatch(p -> p.startsWith("机关 & <单位>\t"));
            assertThat(paragraph(read, longLine).getText()).hasSize(5000);
            assertThat(read.getProperties().getCoreProperties().getTitle()).isEqualTo("标题<i>");
        }
    }

    private static void assertEveryPartIsWellFormedXml(byte[] docx) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        int parts = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                    factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes()));
                    parts++;
                }
            }
        }
        assertThat(parts).isGreaterThanOrEqualTo(5);
    }

    /** 工会要情摘报 第 6 期 (seed 000): items 一, 二 and 七 with their bodies, and a plan section after seed 002. */
    static BulletinDocument seed000() {
        List<Paragraph> items = List.of(
                new Paragraph(
                        "一",
                        "深入学习贯彻省总工会十三届二次全委会议精神。",
                        "21日上午，市委召开常委会议研究省总工会十三届二次全委会议精神学习宣传贯彻工作。\n"
                                + "为贯彻落实省总工会十三届二次全委会议和市委何书记的重要指示精神，市总工会于27—28日分部室召开工作会议。"),
                new Paragraph(
                        "二",
                        "组织党组书记讲授关于加强党的政治建设的专题党课。",
                        "26日下午，市总工会党组书记、常务副主席官庆军为机关干部和直属单位工作人员讲授题为《以党的政治建设为统领 全面推进" + "工会系统党的建设向纵深发展》专题党课。"),
                new Paragraph("七", "荆州职工素质提升大讲堂—育婴师培训开班。", "20日，市总工会2019年第一期育婴师培训开班，参训学员100多人。\n" + FIGURES));
        List<PlanParagraph> plans = List.of(
                new PlanParagraph("一", "扎实开展 2020 年“扶贫日”活动", "高启秀", "权益保障部", "十月份"),
                new PlanParagraph("二", "做好全市职工书屋建设工作", "郭红萍", "宣教网络部、组织部", "10月15日前"));
        return new BulletinDocument(
                "工会要情摘报",
                null,
                6,
                "荆州市总工会",
                "2019 年 4 月 1 日",
                "荆州市总工会三月份工作完成情况",
                "三月份，市总工会认真贯彻落实省总工会和市委的部署。",
                items,
                "荆州市总工会四月份工作计划",
                plans,
                List.of("省总工会", "市“四大家”有关领导", "市“四大家”办公室"),
                List.of("各县市区总工会", "市总机关各部室", "各驻会产业工会"),
                "董军",
                "8219262");
    }

    /** The body's paragraphs, one a line, those of tables (the 版记) in their place (without the page footers). */
    public static String bodyText(XWPFDocument doc) {
        return String.join("\n", lines(doc));
    }

    /** The text of every paragraph of the body in order, a table's cell by cell. */
    static List<String> lines(XWPFDocument doc) {
        List<String> lines = new ArrayList<>();
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                lines.add(p.getText());
            } else if (element instanceof XWPFTable t) {
                t.getRows()
                        .forEach(row -> row.getTableCells()
                                .forEach(cell -> cell.getParagraphs().forEach(p -> lines.add(p.getText()))));
            }
        }
        return lines;
    }

    public static XWPFDocument read(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream()
                .filter(p -> p.getText().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + text));
    }

    private static long twips(Object measure) {
        return new BigInteger(measure.toString()).longValue();
    }

    private static String noWhitespace(String text) {
        return text.replaceAll("\\s+", "");
    }
}
