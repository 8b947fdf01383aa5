package org.reportcycle.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF as PDFBox extracts it, and whether this machine has the CJK font the PDF needs. */
public final class PdfText {

    /** Set by .ci/run: a missing CJK font fails the tests that need it instead of skipping them. */
    public static final String REQUIRE_FONT = "reportcycle.require-cjk-font";

    private PdfText() {}

    public static String of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable PDF", e);
        }
    }

    /** Whether the default bulletin font is installed (Debian's fonts-arphic-ukai), or the run requires it. */
    public static boolean fontExpected() {
        return Files.isRegularFile(Path.of("/usr/share/fonts/truetype/arphic/ukai.ttc"))
                || Boolean.getBoolean(REQUIRE_FONT);
    }
}
