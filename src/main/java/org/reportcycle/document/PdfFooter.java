package org.reportcycle.document;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The 版记: the 报 and 发 lists (a list without names is left out), then 责任编辑 and 联系电话 (each left out when
 * empty), between rules. As GB/T 9704-2012 places it, it stands at the foot of the last page, and that page is an
 * even one (the back of the last sheet): on the page the text ends on when that page is even and has room left;
 * else on the next even page, after a blank page if need be, and then (7.5 of the standard) neither the blank page
 * nor the 版记 page is numbered. A 版记 taller than a page runs in the flow instead.
 */
final class PdfFooter {

    private static final float SIZE = 14f;
    private static final float THICK = 1f;
    private static final float THIN = 0.5f;

    private final PdfText text;
    private final Document document;
    private final PdfWriter writer;
    private final PdfPageNumbers numbers;

    PdfFooter(PdfText text, Document document, PdfWriter writer, PdfPageNumbers numbers) {
        this.text = text;
        this.document = document;
        this.writer = writer;
        this.numbers = numbers;
    }

    /** Adds the 版记 and leaves the document on an even page; a 版记 with nothing to print is left out. */
    void add(BulletinDocument doc) {
        if (!doc.hasFooter()) {
            return;
        }
        PdfPTable table = table(doc);
        float height = table.getTotalHeight();
        if (height > document.top() - document.bottom()) {
            document.add(table);
            endOnEvenPage();
            return;
        }
        boolean fits = writer.getVerticalPosition(true) - document.bottom() >= height;
        boolean even = writer.getPageNumber() % 2 == 0;
        if (!fits || !even) {
            if (!fits && even) {
                blankPage();
            }
            nextPage();
        }
        table.writeSelectedRows(0, -1, document.left(), document.bottom() + height, writer.getDirectContent());
    }

    /** A page left empty but printed (and not numbered), so that what follows starts on an even page. */
    private void blankPage() {
        numbers.stopAt(writer.getPageNumber() + 1);
        nextPage();
    }

    /** Moves on to a new page even when nothing was set on the current one. */
    private void nextPage() {
        writer.setPageEmpty(false);
        document.newPage();
    }

    private void endOnEvenPage() {
        if (writer.getPageNumber() % 2 == 1) {
            blankPage();
        }
    }

    private PdfPTable table(BulletinDocument doc) {
        List<PdfPCell> rows = new ArrayList<>();
        list("报：", doc.reportTo(), rows);
        list("发：", doc.distributeTo(), rows);
        List<PdfPCell> notes = notes(doc);
        List<PdfPCell> first = rows.isEmpty() ? notes : rows.subList(0, 1);
        List<PdfPCell> last = notes.isEmpty() ? rows.subList(rows.size() - 1, rows.size()) : notes;
        first.forEach(c -> border(c, Rectangle.TOP, THICK));
        if (!rows.isEmpty() && !notes.isEmpty()) {
            border(rows.get(rows.size() - 1), Rectangle.BOTTOM, THIN);
        }
        last.forEach(c -> border(c, Rectangle.BOTTOM, THICK));
        PdfPTable table = new PdfPTable(2);
        table.setTotalWidth(document.right() - document.left());
        table.setLockedWidth(true);
        rows.forEach(table::addCell);
        notes.forEach(table::addCell);
        return table;
    }

    /** 责任编辑 at the left and 联系电话 at the right of one line, the one given alone, or none. */
    private List<PdfPCell> notes(BulletinDocument doc) {
        List<PdfPCell> notes = new ArrayList<>();
        if (!doc.editorLine().isEmpty()) {
            notes.add(cell(text.body(doc.editorLine(), SIZE), Element.ALIGN_LEFT));
        }
        if (!doc.phoneLine().isEmpty()) {
            int side = notes.isEmpty() ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT;
            notes.add(cell(text.body(doc.phoneLine(), SIZE), side));
        }
        if (notes.size() == 1) {
            notes.get(0).setColspan(2);
        }
        return notes;
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
