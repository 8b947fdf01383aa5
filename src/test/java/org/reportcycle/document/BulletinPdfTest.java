package org.reportcycle.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.offset;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportcycle.document.BulletinDocument.Paragraph;
import org.reportcycle.support.PdfText;

/**
 * The bulletin as PDF, read back with PDFBox: the text is exactly the text rendering, the fonts are embedded, the
 * pages are A4 and numbered, and hostile text neither breaks the document nor loses its neighbours. Without a CJK
 * font the rendering tests are skipped, unless {@code -Dreportcycle.require-cjk-font=true} (set by .ci/run).
 */
class BulletinPdfTest {

    static final String REQUIRE = PdfText.REQUIRE_FONT;
    private static final PdfFonts FONTS = PdfFonts.load(new BulletinPdfSettings(PdfFonts.UKAI, PdfFonts.UMING));
    private static final BulletinPdf PDF = new BulletinPdf(FONTS);
    private static final BulletinRenderer TEXT = new BulletinRenderer(null);
    private static final String UKAI_FILE = "/usr/share/fonts/truetype/arphic/ukai.ttc";
    private static final String UMING_FILE = "/usr/share/fonts/truetype/arphic/uming.ttc";
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?m)^\\s*—\\s*(\\d+)\\s*—\\s*$");

    @Test
    void theTextReadBackIsTheTextRenderingOfTheBulletin() throws IOException {
        BulletinDocument doc = SampleBulletins.longIssue(7, 10);

        Read pdf = read(doc);

        assertThat(squeeze(pdf.textWithoutPageNumbers())).isEqualTo(squeeze(TEXT.text(doc)));
    }

    @Test
    void everyFontIsEmbeddedAsASubsetOfTheConfiguredFaces() throws IOException {
        Read pdf = read(SampleBulletins.longIssue(7, 10));

        assertThat(pdf.fonts)
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
        List<String> names = pdf.fonts.stream().map(PDFont::getName).distinct().toList();
        assertThat(names).allMatch(n -> n.matches("[A-Z]{6}\\+.+"), "subset names (ABCDEF+Face)");
        FONTS.names().forEach(face -> assertThat(names).anyMatch(n -> n.endsWith("+" + face)));
    }

    @Test
    void pagesAreA4AndALongBulletinIsNumberedPageByPage() throws IOException {
        Read pdf = read(SampleBulletins.longIssue(40, 10));

        assertThat(pdf.pages).hasSizeGreaterThan(1).allSatisfy(page -> {
            assertThat(page.getMediaBox().getWidth()).isCloseTo(PdfLayout.mm(210), offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(PdfLayout.mm(297), offset(1f));
        });
        int numbered = pdf.pages.size() - (pdf.blankBeforeLast() ? 2 : 0);
        assertThat(pdf.pageNumbers())
                .isEqualTo(IntStream.rangeClosed(1, numbered).boxed().toList());
        assertThat(pdf.text).contains("— 2 —");
    }

    /**
     * One to ten items end the text on every kind of page: odd or even, with room for the 版记 or without. The 版记
     * always stands at the foot of the last page, which is even; a blank page before it (then neither is numbered)
     * only when the text fills an even page.
     */
    @ParameterizedTest(name = "{0} items")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void theFooterStandsAtTheFootOfTheLastPageAndThatPageIsEven(int items) throws IOException {
        Read pdf = read(SampleBulletins.longIssue(items, 0));

        int pages = pdf.pages.size();
        assertThat(pages % 2).as("%d pages", pages).isZero();
        List<Line> last = pdf.lines(pages);
        assertThat(last)
                .extracting(Line::text)
                .filteredOn(t -> t.startsWith("报：") || t.startsWith("发："))
                .hasSize(2);
        float bottomMargin = PdfLayout.mm(297 - 35);
        assertThat(last)
                .filteredOn(l -> l.text().equals("责任编辑：董军") || l.text().equals("联系电话：8219262"))
                .hasSize(2)
                .allSatisfy(l -> assertThat(l.y())
                        .as("the last line of the 版记, just above the bottom margin")
                        .isBetween(bottomMargin - 20f, bottomMargin));
        assertThat(last)
                .filteredOn(l -> l.y() > bottomMargin)
                .extracting(Line::text)
                .allMatch(t -> t.matches("—\\d+—"), "only the page number below the 版记");
        for (int page = 1; page < pages; page++) {
            assertThat(pdf.lines(page)).extracting(Line::text).noneMatch(t -> t.startsWith("报："));
        }
        boolean blank = pdf.blankBeforeLast();
        assertThat(pdf.pageNumbers()).hasSize(blank ? pages - 2 : pages);
        if (!blank) {
            assertThat(last).extracting(Line::text).contains("—" + pages + "—");
        }
    }

    @Test
    void theTenItemsOfThisTestCoverTheFourWaysATextCanEnd() throws IOException {
        List<String> endings = new ArrayList<>();
        for (int items = 1; items <= 10; items++) {
            Read pdf = read(SampleBulletins.longIssue(items, 0));
            int pages = pdf.pages.size();
            boolean alone = pdf.lines(pages).stream().noneMatch(l -> l.text().contains("。"));
            endings.add(pdf.blankBeforeLast() ? "full even page" : alone ? "odd page" : "even page with room");
        }
        assertThat(endings).contains("full even page", "odd page", "even page with room");
    }

    @Test
    void anEmptyEditorAndPhonePrintNoLine() throws IOException {
        Read pdf = read(SampleBulletins.issue6("", ""));

        String text = squeeze(pdf.textWithoutPageNumbers());
        assertThat(text).endsWith("发：各县市区总工会、市总机关各部室、各驻会产业工会").doesNotContain("责任编辑", "联系电话");
        assertThat(pdf.pages.size() % 2).isZero();
    }

    @Test
    void aPhoneWithoutEditorIsPrintedAlone() throws IOException {
        String text = squeeze(read(SampleBulletins.issue6(null, "8219262")).textWithoutPageNumbers());

        assertThat(text).endsWith("各驻会产业工会联系电话：8219262").doesNotContain("责任编辑");
    }

    @Test
    void aFooterWithNothingToPrintIsLeftOut() throws IOException {
        BulletinDocument d = SampleBulletins.issue6();
        BulletinDocument bare = new BulletinDocument(
                d.bulletinName(),
                null,
                6,
                d.organization(),
                d.date(),
                d.title(),
                null,
                d.items(),
                null,
                List.of(),
                List.of(),
                List.of(),
                " ",
                "");

        assertThat(squeeze(read(bare).textWithoutPageNumbers())).endsWith("靓丽品牌。");
    }

    @Test
    void noLineStartsWithAClosingMarkNorEndsWithAnOpeningOne() throws IOException {
        Read pdf = read(SampleBulletins.longIssue(14, 10));

        List<String> lines =
                pdf.text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertThat(lines)
                .hasSizeGreaterThan(200)
                .noneMatch(l -> "，。、；：？！）》”".indexOf(l.charAt(0)) >= 0)
                .noneMatch(l -> "（《“".indexOf(l.charAt(l.length() - 1)) >= 0);
    }

    @Test
    void theDocumentInformationNamesTitleAndOrganisation() throws IOException {
        byte[] bytes = render(SampleBulletins.issue6());

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("荆州市总工会三月份工作完成情况");
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("荆州市总工会");
            assertThat(pdf.getDocumentInformation().getCreator()).isEqualTo("荆州市总工会");
        }
    }

    @Test
    void aSpecialIssueCarriesItsEditionInTheMasthead() throws IOException {
        BulletinDocument monthly = SampleBulletins.issue6();
        BulletinDocument special = new BulletinDocument(
                monthly.bulletinName(),
                "专刊",
                7,
                monthly.organization(),
                monthly.date(),
                monthly.title(),
                null,
                monthly.items(),
                null,
                List.of(),
                monthly.reportTo(),
                monthly.distributeTo(),
                monthly.editor(),
                monthly.phone());

        assertThat(squeeze(read(special).text)).startsWith("工会要情摘报专刊第7期荆州市总工会");
        assertThat(squeeze(read(monthly).text)).startsWith("工会要情摘报第6期荆州市总工会");
    }

    @Test
    void anEmptyDistributionListIsLeftOutOfTheFooter() throws IOException {
        BulletinDocument d = SampleBulletins.issue6();
        BulletinDocument doc = new BulletinDocument(
                d.bulletinName(),
                null,
                6,
                d.organization(),
                d.date(),
                d.title(),
                null,
                d.items(),
                null,
                List.of(),
                d.reportTo(),
                List.of(),
                d.editor(),
                d.phone());

        String text = squeeze(read(doc).textWithoutPageNumbers());

        assertThat(text).contains("报：省总工会").doesNotContain("发：").endsWith("责任编辑：董军联系电话：8219262");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ReportCycle2026", "工会要情摘报"})
    void aLineOfFiveThousandCharactersWithoutSpacesWrapsOverPagesAndComesBackWhole(String piece) throws IOException {
        String line = piece.repeat(5000 / piece.length() + 1).substring(0, 5000);

        Read pdf = read(withBody("开头" + line + "结尾"));

        assertThat(pdf.pages).hasSizeGreaterThan(2);
        assertThat(squeeze(pdf.textWithoutPageNumbers())).contains("开头" + line + "结尾");
    }

    @Test
    void markupIsSetAsLiteralText() throws IOException {
        String hostile = "<script>alert('x')</script> &amp; &lt;b&gt; <b>粗</b>";

        assertThat(squeeze(read(withBody(hostile)).text)).contains(squeeze(hostile));
    }

    @Test
    void controlCharactersAreDroppedAndTheTextAroundThemKept() throws IOException {
        StringBuilder controls = new StringBuilder();
        IntStream.rangeClosed(0, 0x1F).filter(c -> c != '\n' && c != '\t').forEach(c -> controls.append((char) c));

        Read pdf = read(withBody("控制" + controls + "字符\t之后" + '\u007f' + "完"));

        assertThat(squeeze(pdf.text)).contains("控制字符之后完");
    }

    @Test
    void charactersNoFontHasDoNotStopTheRenderingAndTheirNeighboursStay() throws IOException {
        Read pdf = read(withBody("职工😀之家👍温暖\uD83E\uDEE0送到\uE000基层\uD800末"));

        String hanOnly = pdf.text.replaceAll("[^\\p{IsHan}]", "");
        assertThat(hanOnly).contains("职工之家温暖送到基层末");
    }

    @Test
    void renderingsInParallelAreEachComplete() throws Exception {
        assumeFonts();
        BulletinDocument doc = SampleBulletins.longIssue(7, 3);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> renderings = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                renderings.add(pool.submit(() -> PDF.render(doc)));
            }
            for (Future<byte[]> rendering : renderings) {
                assertThat(squeeze(new Read(rendering.get()).textWithoutPageNumbers()))
                        .isEqualTo(squeeze(TEXT.text(doc)));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withoutAnyCjkFontTheRenderingIsRefusedNamingPackagesAndSettings() {
        PdfFonts none = PdfFonts.load(
                new BulletinPdfSettings("/nonexistent/body.ttf", "/nonexistent/title.ttc"),
                List.of("/nonexistent/known.ttc,0"),
                "/nonexistent/symbols.ttf");
        BulletinPdf pdf = new BulletinPdf(none);

        assertThat(pdf.available()).isFalse();
        assertThatThrownBy(() -> pdf.render(SampleBulletins.issue6()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fonts-arphic-ukai")
                .hasMessageContaining("fonts-arphic-uming")
                .hasMessageContaining("reportcycle.bulletin.pdf.body-font");
    }

    @Test
    void anAbsentConfiguredFontFallsBackToAKnownOneAndACollectionWithoutIndexMeansItsFirstFace() {
        require(
                Files.isRegularFile(Path.of(UKAI_FILE)) && Files.isRegularFile(Path.of(UMING_FILE)),
                "fonts-arphic-ukai and fonts-arphic-uming");
        PdfFonts fonts = PdfFonts.load(
                new BulletinPdfSettings("/nonexistent/body.ttf", UMING_FILE),
                List.of("/nonexistent/known.ttc,0", PdfFonts.UKAI),
                null);

        assertThat(fonts.forBody()).extracting(BaseFont::getPostscriptFontName).containsExactly("UKaiCN", "UMingCN");
        assertThat(fonts.forTitles())
                .extracting(BaseFont::getPostscriptFontName)
                .containsExactly("UMingCN", "UKaiCN");
    }

    private static BulletinDocument withBody(String body) {
        return SampleBulletins.of(List.of(new Paragraph("一", "标题。", body)), List.of());
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\p{javaWhitespace}+", "");
    }

    private static Read read(BulletinDocument doc) throws IOException {
        return new Read(render(doc));
    }

    private static byte[] render(BulletinDocument doc) {
        assumeFonts();
        return PDF.render(doc);
    }

    private static void assumeFonts() {
        require(PDF.available(), "a CJK font (fonts-arphic-ukai and fonts-arphic-uming)");
    }

    /** Skips without the fonts, unless CI requires them; then it fails. */
    private static void require(boolean installed, String fonts) {
        if (!installed && Boolean.getBoolean(REQUIRE)) {
            fail("Not installed: " + fonts + ", and " + REQUIRE + "=true requires it");
        }
        assumeTrue(installed, () -> "Skipped: not installed: " + fonts + " (CI sets " + REQUIRE + "=true and fails)");
    }

    /** A rendering read back: its text, pages and fonts. */
    private static final class Read {
        final String text;
        final List<PDPage> pages = new ArrayList<>();
        final List<PDFont> fonts = new ArrayList<>();
        private final byte[] bytes;

        Read(byte[] bytes) throws IOException {
            this.bytes = bytes;
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                text = new PDFTextStripper().getText(pdf);
                for (PDPage page : pdf.getPages()) {
                    pages.add(page);
                    for (COSName name : page.getResources().getFontNames()) {
                        fonts.add(page.getResources().getFont(name));
                    }
                }
            }
        }

        List<Integer> pageNumbers() {
            List<Integer> numbers = new ArrayList<>();
            Matcher m = PAGE_NUMBER.matcher(text);
            while (m.find()) {
                numbers.add(Integer.valueOf(m.group(1)));
            }
            return numbers;
        }

        String textWithoutPageNumbers() {
            return PAGE_NUMBER.matcher(text).replaceAll("");
        }

        /** The lines of a page (from 1), spaces taken out, each with its baseline in points from the top. */
        List<Line> lines(int page) throws IOException {
            List<Line> lines = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String line, List<TextPosition> positions) {
                    lines.add(new Line(squeeze(line), positions.get(0).getYDirAdj()));
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                stripper.getText(pdf);
            }
            return lines;
        }

        /** Whether the page before the last is left blank (no text, not even a page number). */
        boolean blankBeforeLast() throws IOException {
            return pages.size() > 2 && lines(pages.size() - 1).isEmpty();
        }
    }

    private record Line(String text, float y) {}
}
