package org.reportcycle.document;

import static org.reportcycle.document.OfficialFonts.NOTE;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STYAlign;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVAnchor;

/**
 * The 版记 of the Word document where GB/T 9704-2012 puts it: at the foot of the last page, an even one. Word
 * breaks the pages itself, so the file cannot know on which page the text ends; the 版记 therefore opens a
 * section of its own that starts on the next even page (Word leaves an odd page blank before it when the text
 * ends on an even one), and stands in a table floating at the bottom margin of that page: 报 and 发 (each left out
 * when empty), a thin rule, then 责任编辑 at the left and 联系电话 at the right (each left out when empty), between
 * a thick rule above and below. The editor who sees the 版记 would fit under the text may delete the section
 * break.
 */
final class DocxFooter {

    /** 版记 rules 1 pt and 0.75 pt (0.35 mm and 0.25 mm), in eighths of a point. */
    private static final int OUTER_RULE = 8;

    private static final int INNER_RULE = 6;
    private static final String BLACK = "000000";

    private DocxFooter() {}

    static void add(OfficialDocx docx, BulletinDocument doc) {
        if (!doc.hasFooter()) {
            return;
        }
        docx.breakToEvenPage();
        // The new section opens with a paragraph: LibreOffice drops a section break that a floating table follows.
        docx.gap(1);
        XWPFTable table = docx.table();
        atBottomOfPage(table);
        List<XWPFTableCell> lists = new ArrayList<>();
        list(docx, table, "报：", doc.reportTo(), lists);
        list(docx, table, "发：", doc.distributeTo(), lists);
        XWPFTableCell notes = notes(docx, table, doc);
        List<XWPFTableCell> cells = new ArrayList<>(lists);
        if (notes != null) {
            cells.add(notes);
        }
        rule(cells.get(0), true, OUTER_RULE);
        if (!lists.isEmpty() && notes != null) {
            rule(lists.get(lists.size() - 1), false, INNER_RULE);
        }
        rule(cells.get(cells.size() - 1), false, OUTER_RULE);
        table.removeRow(0);
        // A floating table is anchored to the paragraph after it.
        docx.gap(1);
    }

    /**
     * Floats the table at the bottom of the type area, across its width. Its left edge is given from the page's
     * (where the type area begins): LibreOffice floats only tables placed relative to the page or narrower than
     * the type area.
     */
    private static void atBottomOfPage(XWPFTable table) {
        CTTblPPr position = table.getCTTbl().getTblPr().addNewTblpPr();
        position.setVertAnchor(STVAnchor.MARGIN);
        position.setTblpYSpec(STYAlign.BOTTOM);
        position.setHorzAnchor(STHAnchor.PAGE);
        position.setTblpX(BigInteger.valueOf(OfficialPage.MARGIN_LEFT));
    }

    private static void list(
            OfficialDocx docx, XWPFTable table, String label, List<String> names, List<XWPFTableCell> cells) {
        if (!names.isEmpty()) {
            XWPFTableCell cell = row(table);
            docx.run(line(cell), label + String.join("、", names), NOTE);
            cells.add(cell);
        }
    }

    private static XWPFTableCell notes(OfficialDocx docx, XWPFTable table, BulletinDocument doc) {
        if (doc.editorLine().isEmpty() && doc.phoneLine().isEmpty()) {
            return null;
        }
        XWPFTableCell cell = row(table);
        XWPFParagraph p = line(cell);
        if (doc.editorLine().isEmpty() || doc.phoneLine().isEmpty()) {
            docx.run(p, doc.editorLine() + doc.phoneLine(), NOTE);
        } else {
            docx.spread(p, doc.editorLine(), doc.phoneLine(), NOTE);
        }
        return cell;
    }

    /** A new row of one cell as wide as the type area. */
    private static XWPFTableCell row(XWPFTable table) {
        XWPFTableRow row = table.createRow();
        XWPFTableCell cell = row.getCell(0);
        cell.setWidth(String.valueOf(OfficialPage.TYPE_WIDTH));
        return cell;
    }

    private static XWPFParagraph line(XWPFTableCell cell) {
        return OfficialDocx.inset(cell.getParagraphs().get(0), NOTE);
    }

    private static void rule(XWPFTableCell cell, boolean top, int eighthsOfAPoint) {
        CTTcPr pr = cell.getCTTc().isSetTcPr()
                ? cell.getCTTc().getTcPr()
                : cell.getCTTc().addNewTcPr();
        CTTcBorders borders = pr.isSetTcBorders() ? pr.getTcBorders() : pr.addNewTcBorders();
        CTBorder border = top ? borders.addNewTop() : borders.addNewBottom();
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(eighthsOfAPoint));
        border.setSpace(BigInteger.ZERO);
        border.setColor(BLACK);
    }
}
