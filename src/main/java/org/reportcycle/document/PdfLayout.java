package org.reportcycle.document;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import org.reportcycle.document.BulletinDocument.PlanParagraph;

/**
 * One rendering of the bulletin as PDF, laid out after GB/T 9704-2012: A4 with its margins, the red masthead,
 * the title, numbered items and plan section in body text, the 版记 at the foot of the last page, which is an
 * even one, and page numbers. Used by one thread for one document.
 */
final class PdfLayout {

    static final Color RED = new Color(230, 0, 18);
    private static final float MASTHEAD_SIZE = 42f;
    private static final float TITLE_SIZE = 22f;

    private final PdfText text;
    private final Document document = new Document(PageSize.A4, mm(28), mm(26), mm(37), mm(35));

    PdfLayout(PdfFonts fonts) {
        this.text = new PdfText(fonts);
    }

    static float mm(float millimetres) {
        return millimetres * 72f / 25.4f;
    }

    byte[] render(BulletinDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        PdfPageNumbers numbers = new PdfPageNumbers(number -> text.title(number, PdfPageNumbers.SIZE, Color.BLACK));
        writer.setPageEvent(numbers);
        document.addTitle(doc.title());
        document.addAuthor(doc.organization());
        document.addCreator(doc.organization());
        document.open();
        masthead(doc);
        items(doc);
        plan(doc);
        new PdfFooter(text, document, writer, numbers).add(doc);
        document.close();
        return out.toByteArray();
    }

    private void masthead(BulletinDocument doc) {
        float size = Math.min(MASTHEAD_SIZE, (document.right() - document.left()) / length(doc.bulletinName()));
        add(text.centred(text.title(doc.bulletinName(), size, RED), size * 1.3f));
        if (doc.edition() != null) {
            add(text.centred(text.title(doc.edition(), TITLE_SIZE, RED), TITLE_SIZE * 1.5f));
        }
        add(text.centred(text.body("第 " + doc.issueNumber() + " 期", PdfText.BODY_SIZE), 2 * PdfText.BODY_LEADING));
        add(text.leftAndRight(
                text.body(doc.organization(), PdfText.BODY_SIZE), text.body(doc.date(), PdfText.BODY_SIZE)));
        add(text.rule(RED, 2f, -8f));
        heading(doc.title());
    }

    private void items(BulletinDocument doc) {
        PdfText.lines(doc.intro()).forEach(this::body);
        for (BulletinDocument.Paragraph item : doc.items()) {
            add(text.indented(text.title(item.number() + "、" + item.title(), PdfText.BODY_SIZE, Color.BLACK)));
            PdfText.lines(item.body()).forEach(this::body);
        }
    }

    private void plan(BulletinDocument doc) {
        if (doc.planItems().isEmpty()) {
            return;
        }
        heading(doc.planTitle());
        for (PlanParagraph item : doc.planItems()) {
            add(text.indented(text.title(item.number() + "、" + item.title(), PdfText.BODY_SIZE, Color.BLACK)));
            body("责任领导：" + item.responsible());
            body("责任部室：" + item.departments());
            body("完成时限：" + item.deadline());
        }
    }

    private void heading(String title) {
        Paragraph p = text.centred(text.title(title, TITLE_SIZE, Color.BLACK), TITLE_SIZE * 1.5f);
        p.setSpacingBefore(PdfText.BODY_LEADING / 2);
        p.setSpacingAfter(PdfText.BODY_LEADING / 2);
        add(p);
    }

    private void body(String line) {
        add(text.indented(text.body(line, PdfText.BODY_SIZE)));
    }

    private void add(Element element) {
        document.add(element);
    }

    private static int length(String s) {
        return Math.max(1, s == null ? 0 : s.codePointCount(0, s.length()));
    }
}
