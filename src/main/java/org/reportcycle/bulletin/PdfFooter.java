package org.reportcycle.bulletin;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The 版记: the 报 and 发 lists (a list without names is left out), then 责任编辑 and 联系电话, between rules. As
 * GB/T 9704-2012 places it, it stands at the foot of the last page (of a new page when the last one has no room
 * left), or in the flow if it is taller than a page.
 */
final class PdfFooter {

    private static final float SIZE = 14f;
    private static final float THICK = 1f;
    private static final float THIN = 0.5f;

    private final PdfText text;
    private final Document document;
    private final PdfWriter writer;

    PdfFooter(PdfText text, Document document, PdfWriter writer) {
        this.text = text;
        this.document = document;
        this.writer = writer;
    }

    void add(BulletinDocument doc) {
        PdfPTable table = table(doc);
        float height = table.getTotalHeight();
        if (height > document.top() - document.bottom()) {
            document.add(table);
            return;
        }
        if (writer.getVerticalPosition(true) - document.bottom() < height) {
            document.newPage();
        }
        table.writeSelectedRows(0, -1, document.left(), document.bottom() + height, writer.getDirectContent());
    }

    private PdfPTable table(BulletinDocument doc) {
        List<PdfPCell> lists = new ArrayList<>();
        list("报：", doc.reportTo(), lists);
        list("发：", doc.distributeTo(), lists);
        PdfPCell editor = cell(text.body("责任编辑：" + doc.editor(), SIZE), Element.ALIGN_LEFT);
        PdfPCell phone = cell(text.body("联系电话：" + doc.phone(), SIZE), Element.ALIGN_RIGHT);
        List<PdfPCell> first = lists.isEmpty() ? List.of(editor, phone) : lists.subList(0, 1);
        first.forEach(c -> border(c, Rectangle.TOP, THICK));
        if (!lists.isEmpty()) {
            border(lists.get(lists.size() - 1), Rectangle.BOTTOM, THIN);
        }
        border(editor, Rectangle.BOTTOM, THICK);
        border(phone, Rectangle.BOTTOM, THICK);
        PdfPTable table = new PdfPTable(2);
        table.setTotalWidth(document.right() - document.left());
        table.setLockedWidth(true);
        lists.forEach(table::addCell);
        table.addCell(editor);
        table.addCell(phone);
        return table;
    }

    private void list(String label, List<String> names, List<PdfPCell> rows) {
        if (!names.isEmpty()) {
            PdfPCell cell = cell(text.body(label + String.join("、", names), SIZE), Element.ALIGN_LEFT);
            cell.setColspan(2);
            rows.add(cell);
        }
    }

    private static PdfPCell cell(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingLeft(SIZE);
        cell.setPaddingRight(SIZE);
        cell.setPaddingTop(2);
        cell.setPaddingBottom(8);
        cell.setLeading(0, 1.4f);
        return cell;
    }

    private static void border(PdfPCell cell, int side, float width) {
        cell.enableBorderSide(side);
        if (side == Rectangle.TOP) {
            cell.setBorderWidthTop(width);
        } else {
            cell.setBorderWidthBottom(width);
        }
    }
}
