package org.reportcycle.document;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The bulletin as PDF, with its fonts embedded (subset) so that it prints and its text can be copied out
 * anywhere. Without a CJK font on the machine the application still runs; only this rendering is refused.
 */
@Component
public class BulletinPdf {

    private final PdfFonts fonts;

    @Autowired
    BulletinPdf(BulletinPdfSettings settings) {
        this(PdfFonts.load(settings));
    }

    BulletinPdf(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** False when no CJK font was found at start-up (a warning was logged then). */
    public boolean available() {
        return fonts.available();
    }

    public byte[] render(BulletinDocument doc) {
        if (!fonts.available()) {
            throw new IllegalStateException(PdfFonts.MISSING);
        }
        return new PdfLayout(fonts).render(doc);
    }
}
