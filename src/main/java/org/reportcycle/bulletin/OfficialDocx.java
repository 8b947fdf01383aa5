package org.reportcycle.bulletin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.reportcycle.bulletin.OfficialFonts.Face;

/**
 * A Word document laid out after GB/T 9704-2012 (A4, the standard margins, fixed line pitch, page numbers
 * "— 1 —" on the outside edge), with the paragraph kinds official documents are made of. Text is cleaned of what
 * XML 1.0 cannot carry, so any user input gives a file Word, WPS and LibreOffice open.
 */
final class OfficialDocx {

    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_TOP = mm(37);
    static final int MARGIN_BOTTOM = mm(35);
    static final int MARGIN_LEFT = mm(28);
    static final int MARGIN_RIGHT = mm(26);
    /** The type area's width (版心, 156 mm). */
    static final int TYPE_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    /** 22 lines on the 225 mm type area. */
    static final double LINE_PITCH = 29;

    private final XWPFDocument doc = new XWPFDocument();

    OfficialDocx(String title, String author) {
        pageSetup();
        defaultFont();
        doc.setEvenAndOddHeadings(true);
        pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
        doc.getProperties().getCoreProperties().setTitle(clean(title));
        doc.getProperties().getCoreProperties().setCreator(clean(author));
    }

    /** A centred paragraph holding {@code text}; returns its run so a caller may colour it. */
    XWPFRun centred(String text, Face face) {
        XWPFParagraph p = paragraph(face, ParagraphAlignment.CENTER);
        return run(p, text, face);
    }

    /** A justified paragraph whose first line is indented two characters, as body text and headings are. */
    XWPFParagraph indented(Face face) {
        XWPFParagraph p = paragraph(face, ParagraphAlignment.BOTH);
        CTInd ind = ind(p);
        ind.setFirstLine(BigInteger.valueOf(chars(face, 2)));
        ind.setFirstLineChars(BigInteger.valueOf(200));
        return p;
    }

    /** Each non-blank line of {@code text} as an indented paragraph of its own. */
    void lines(String text, Face face) {
        lines(text).forEach(line -> run(indented(face), line, face));
    }

    /** {@code left} at the left and {@code right} at the right edge, both one character in (版记, issuer line). */
    XWPFParagraph spread(String left, String right, Face face) {
        XWPFParagraph p = inset(face);
        CTTabStop stop = ppr(p).addNewTabs().addNewTab();
        stop.setVal(STTabJc.RIGHT);
        stop.setPos(BigInteger.valueOf(TYPE_WIDTH - chars(face, 1)));
        run(p, left, face).addTab();
        run(p, right, face);
        return p;
    }

    /** A justified paragraph one character in from either side (版记 lines). */
    XWPFParagraph inset(Face face) {
        XWPFParagraph p = paragraph(face, ParagraphAlignment.BOTH);
        ind(p).setLeft(BigInteger.valueOf(chars(face, 1)));
        ind(p).setRight(BigInteger.valueOf(chars(face, 1)));
        return p;
    }

    /** A horizontal rule across the type area, {@code gap} points below what precedes it. */
    void rule(String color, int eighthsOfAPoint, double gap) {
        CTBorder bottom = ppr(gap(gap)).addNewPBdr().addNewBottom();
        bottom.setVal(STBorder.SINGLE);
        bottom.setSz(BigInteger.valueOf(eighthsOfAPoint));
        bottom.setSpace(BigInteger.ZERO);
        bottom.setColor(color);
    }

    /** An empty paragraph {@code points} high: vertical space. */
    XWPFParagraph gap(double points) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(points, LineSpacingRule.EXACT);
        return p;
    }

    /** Appends cleaned text to the paragraph in the face's font; tabs in the text become tab stops. */
    XWPFRun run(XWPFParagraph p, String text, Face face) {
        XWPFRun r = p.createRun();
        String[] parts = clean(text).split("\t", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                r.addTab();
            }
            r.setText(parts[i]);
        }
        font(r, face);
        return r;
    }

    byte[] bytes() {
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a document to memory", e);
        }
    }

    /** Keeps what XML 1.0 allows (tab, printable text, emoji as surrogate pairs); a line break becomes a space. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\n' || c == '\r') {
                out.append(' ');
            } else if (c == '\t' || c >= 0x20 && c < 0xD800 || c >= 0xE000 && c <= 0xFFFD) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The non-blank lines of a text, stripped, each a paragraph of its own. */
    static List<String> lines(String text) {
        return text == null ? List.of()
            : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !clean(l).isBlank()).toList();
    }

    private XWPFParagraph paragraph(Face face, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(Math.max(LINE_PITCH, face.points() * 1.3), LineSpacingRule.EXACT);
        return p;
    }

    private void pageNumber(XWPFFooter footer, ParagraphAlignment side) {
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        Face face = OfficialFonts.PAGE_NUMBER;
        p.setAlignment(side);
        if (side == ParagraphAlignment.RIGHT) {
            ind(p).setRight(BigInteger.valueOf(chars(face, 1)));
        } else {
            ind(p).setLeft(BigInteger.valueOf(chars(face, 1)));
        }
        run(p, "— ", face);
        fieldChar(p, STFldCharType.BEGIN).getCTR().addNewInstrText().setStringValue(" PAGE ");
        fieldChar(p, STFldCharType.SEPARATE);
        run(p, "1", face);
        fieldChar(p, STFldCharType.END);
        run(p, " —", face);
    }

    private XWPFRun fieldChar(XWPFParagraph p, STFldCharType.Enum type) {
        XWPFRun r = p.createRun();
        font(r, OfficialFonts.PAGE_NUMBER);
        r.getCTR().addNewFldChar().setFldCharType(type);
        return r;
    }

    private void pageSetup() {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
            : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(mm(15)));
        // The page number's dash sits 7 mm below the type area.
        margins.setFooter(BigInteger.valueOf(mm(22)));
        margins.setGutter(BigInteger.ZERO);
    }

    private void defaultFont() {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(OfficialFonts.FANGSONG);
        fonts.setHAnsi(OfficialFonts.FANGSONG);
        fonts.setEastAsia(OfficialFonts.FANGSONG);
        doc.createStyles().setDefaultFonts(fonts);
        doc.getStyles().setEastAsia("zh-CN");
    }

    private static void font(XWPFRun r, Face face) {
        for (FontCharRange range : List.of(FontCharRange.ascii, FontCharRange.hAnsi, FontCharRange.eastAsia,
                FontCharRange.cs)) {
            r.setFontFamily(face.font(), range);
        }
        r.setFontSize(face.points());
    }

    private static CTPPr ppr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    private static CTInd ind(XWPFParagraph p) {
        return ppr(p).isSetInd() ? ppr(p).getInd() : ppr(p).addNewInd();
    }

    /** Twips of {@code n} characters of the face. */
    private static int chars(Face face, int n) {
        return (int) Math.round(face.points() * 20 * n);
    }

    private static int mm(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }
}
