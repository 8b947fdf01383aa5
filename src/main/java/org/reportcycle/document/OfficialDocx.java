package org.reportcycle.document;

import static org.reportcycle.document.OfficialPage.chars;
import static org.reportcycle.document.OfficialPage.ind;
import static org.reportcycle.document.OfficialPage.ppr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.reportcycle.document.OfficialFonts.Face;

/**
 * A Word document on the {@link OfficialPage}, written paragraph by paragraph in the kinds official documents are
 * made of (centred, indented body, inset 版记 lines, rules, gaps), at a fixed line pitch. Text is cleaned of what
 * XML 1.0 cannot carry, so any user input gives a file Word, WPS and LibreOffice open.
 */
public final class OfficialDocx {

    public static final double LINE_PITCH = OfficialPage.LINE_PITCH;

    private final XWPFDocument doc = new XWPFDocument();

    public OfficialDocx(String title, String author) {
        OfficialPage.setUp(doc);
        doc.getProperties().getCoreProperties().setTitle(clean(title));
        doc.getProperties().getCoreProperties().setCreator(clean(author));
    }

    /** A centred paragraph holding {@code text}; returns its run so a caller may colour it. */
    public XWPFRun centred(String text, Face face) {
        XWPFParagraph p = paragraph(face, ParagraphAlignment.CENTER);
        return run(p, text, face);
    }

    /** A justified paragraph whose first line is indented two characters, as body text and headings are. */
    public XWPFParagraph indented(Face face) {
        XWPFParagraph p = paragraph(face, ParagraphAlignment.BOTH);
        CTInd ind = ind(p);
        ind.setFirstLine(BigInteger.valueOf(chars(face, 2)));
        ind.setFirstLineChars(BigInteger.valueOf(200));
        return p;
    }

    /** Each non-blank line of {@code text} as an indented paragraph of its own. */
    public void lines(String text, Face face) {
        lines(text).forEach(line -> run(indented(face), line, face));
    }

    /** {@code left} at the left and {@code right} at the right edge, both one character in (版记, issuer line). */
    XWPFParagraph spread(String left, String right, Face face) {
        return spread(inset(face), left, right, face);
    }

    /** Sets {@code left} and {@code right} in the inset paragraph {@code p} on a line of the type area's width. */
    XWPFParagraph spread(XWPFParagraph p, String left, String right, Face face) {
        CTTabStop stop = ppr(p).addNewTabs().addNewTab();
        stop.setVal(STTabJc.RIGHT);
        stop.setPos(BigInteger.valueOf(OfficialPage.TYPE_WIDTH - chars(face, 1)));
        run(p, left, face).addTab();
        run(p, right, face);
        return p;
    }

    /** A justified paragraph one character in from either side (版记 lines). */
    XWPFParagraph inset(Face face) {
        return inset(doc.createParagraph(), face);
    }

    /** Makes {@code p}, wherever it stands (a table cell), a justified line one character in from either side. */
    static XWPFParagraph inset(XWPFParagraph p, Face face) {
        format(p, face, ParagraphAlignment.BOTH);
        ind(p).setLeft(BigInteger.valueOf(chars(face, 1)));
        ind(p).setRight(BigInteger.valueOf(chars(face, 1)));
        return p;
    }

    /** Ends the text's section here; what follows starts a section of its own on the next even page. */
    void breakToEvenPage() {
        List<XWPFParagraph> paragraphs = doc.getParagraphs();
        OfficialPage.breakToEvenPage(doc, paragraphs.get(paragraphs.size() - 1));
    }

    /** A table at the end of the document, with the page's own width and no borders of its own. */
    XWPFTable table() {
        XWPFTable table = doc.createTable();
        OfficialPage.borderless(table);
        return table;
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
    public XWPFParagraph gap(double points) {
        return height(doc.createParagraph(), points);
    }

    private static XWPFParagraph height(XWPFParagraph p, double points) {
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(points, LineSpacingRule.EXACT);
        return p;
    }

    /** Appends cleaned text to the paragraph in the face's font; tabs in the text become tab stops. */
    public XWPFRun run(XWPFParagraph p, String text, Face face) {
        XWPFRun r = p.createRun();
        String[] parts = clean(text).split("\t", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                r.addTab();
            }
            r.setText(parts[i]);
        }
        OfficialPage.font(r, face);
        return r;
    }

    public byte[] bytes() {
        try (doc;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
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
    public static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(l -> !clean(l).isBlank())
                        .toList();
    }

    private XWPFParagraph paragraph(Face face, ParagraphAlignment alignment) {
        return format(doc.createParagraph(), face, alignment);
    }

    private static XWPFParagraph format(XWPFParagraph p, Face face, ParagraphAlignment alignment) {
        height(p, Math.max(LINE_PITCH, face.points() * 1.3));
        p.setAlignment(alignment);
        return p;
    }
}
