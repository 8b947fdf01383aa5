package org.reportcycle.document;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.util.function.Function;

/**
 * Page numbers as GB/T 9704-2012 sets them: "— 1 —" 7 mm below the text area, one character in from the right
 * edge on odd pages and from the left edge on even pages; a blank page before the 版记 page and that page go
 * without (7.5 of the standard).
 */
final class PdfPageNumbers extends PdfPageEventHelper {

    static final float SIZE = 14f;

    private final Function<String, Phrase> text;

    private int stopAt = Integer.MAX_VALUE;

    PdfPageNumbers(Function<String, Phrase> text) {
        this.text = text;
    }

    /** Numbers no page from {@code page} on. */
    void stopAt(int page) {
        stopAt = page;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber();
        if (page >= stopAt) {
            return;
        }
        boolean odd = page % 2 == 1;
        float x = odd ? document.right() - SIZE : document.left() + SIZE;
        float y = document.bottom() - PdfLayout.mm(7) - SIZE;
        ColumnText.showTextAligned(
                writer.getDirectContent(),
                odd ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT,
                text.apply("— " + page + " —"),
                x,
                y,
                0);
    }
}
