package org.reportcycle.document;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.reportcycle.document.OfficialFonts.Face;

/**
 * The page of an official document after GB/T 9704-2012: A4, margins 37/35/28/26 mm, 仿宋 as the default font,
 * and the page number "— 1 —" in 四号宋体 one character in from the outside edge (odd pages right, even left).
 */
final class OfficialPage {

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

    private OfficialPage() {}

    static void setUp(XWPFDocument doc) {
        size(doc);
        defaultFont(doc);
        doc.setEvenAndOddHeadings(true);
        pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    /** Names the face's font for every script of the run (East Asian, Latin, complex) and sets its size. */
    static void font(XWPFRun r, Face face) {
        for (FontCharRange range :
                List.of(FontCharRange.ascii, FontCharRange.hAnsi, FontCharRange.eastAsia, FontCharRange.cs)) {
            r.setFontFamily(face.font(), range);
        }
        r.setFontSize(face.points());
    }

    static CTPPr ppr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    static CTInd ind(XWPFParagraph p) {
        return ppr(p).isSetInd() ? ppr(p).getInd() : ppr(p).addNewInd();
    }

    /**
     * Makes {@code last} the last paragraph of a section with this page setup (and page numbers), so that the
     * document's final section, which follows, starts on the next even page.
     */
    static void breakToEvenPage(XWPFDocument doc, XWPFParagraph last) {
        CTSectPr finalSection = doc.getDocument().getBody().getSectPr();
        ppr(last).setSectPr((CTSectPr) finalSection.copy());
        (finalSection.isSetType() ? finalSection.getType() : finalSection.addNewType()).setVal(STSectionMark.EVEN_PAGE);
    }

    /** No borders and no cell padding of the table's own; as wide as the type area, columns fixed. */
    static void borderless(XWPFTable table) {
        XWPFBorderType none = XWPFBorderType.NONE;
        table.setTopBorder(none, 0, 0, "auto");
        table.setBottomBorder(none, 0, 0, "auto");
        table.setLeftBorder(none, 0, 0, "auto");
        table.setRightBorder(none, 0, 0, "auto");
        table.setInsideHBorder(none, 0, 0, "auto");
        table.setInsideVBorder(none, 0, 0, "auto");
        table.setWidth(String.valueOf(TYPE_WIDTH));
        CTTblPr pr = table.getCTTbl().getTblPr();
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblCellMar padding = pr.isSetTblCellMar() ? pr.getTblCellMar() : pr.addNewTblCellMar();
        for (CTTblWidth side : List.of(padding.addNewLeft(), padding.addNewRight())) {
            side.setW(BigInteger.ZERO);
            side.setType(STTblWidth.DXA);
        }
    }

    /** Twips of {@code n} characters of the face. */
    static int chars(Face face, int n) {
        return (int) Math.round(face.points() * 20 * n);
    }

    private static void size(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
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

    private static void defaultFont(XWPFDocument doc) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(OfficialFonts.FANGSONG);
        fonts.setHAnsi(OfficialFonts.FANGSONG);
        fonts.setEastAsia(OfficialFonts.FANGSONG);
        doc.createStyles().setDefaultFonts(fonts);
        doc.getStyles().setEastAsia("zh-CN");
    }

    private static void pageNumber(XWPFFooter footer, ParagraphAlignment side) {
        XWPFParagraph p = footer.getParagraphs().isEmpty()
                ? footer.createParagraph()
                : footer.getParagraphs().get(0);
        Face face = OfficialFonts.PAGE_NUMBER;
        p.setAlignment(side);
        if (side == ParagraphAlignment.RIGHT) {
            ind(p).setRight(BigInteger.valueOf(chars(face, 1)));
        } else {
            ind(p).setLeft(BigInteger.valueOf(chars(face, 1)));
        }
        text(p, "— ");
        fieldChar(p, STFldCharType.BEGIN).getCTR().addNewInstrText().setStringValue(" PAGE ");
        fieldChar(p, STFldCharType.SEPARATE);
        text(p, "1");
        fieldChar(p, STFldCharType.END);
        text(p, " —");
    }

    private static void text(XWPFParagraph p, String text) {
        XWPFRun r = p.createRun();
        r.setText(text);
        font(r, OfficialFonts.PAGE_NUMBER);
    }

    private static XWPFRun fieldChar(XWPFParagraph p, STFldCharType.Enum type) {
        XWPFRun r = p.createRun();
        font(r, OfficialFonts.PAGE_NUMBER);
        r.getCTR().addNewFldChar().setFldCharType(type);
        return r;
    }

    private static int mm(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }
}
