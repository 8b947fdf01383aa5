package org.reportcycle.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.draw.DrawInterface;
import com.lowagie.text.pdf.draw.LineSeparator;
import com.lowagie.text.pdf.draw.VerticalPositionMark;
import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text set in the bulletin's fonts: each character in the first font of the chain that has it (a character no
 * font has is left out, its neighbours stay), control characters removed, Chinese line breaking.
 */
final class PdfText {

    static final float BODY_SIZE = 16f;
    /** 22 lines to the 225 mm text height, as GB/T 9704-2012 counts them. */
    static final float BODY_LEADING = 29f;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n]]");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private final PdfFonts fonts;

    PdfText(PdfFonts fonts) {
        this.fonts = fonts;
    }

    Phrase body(String text, float size) {
        return phrase(text, fonts.forBody(), size, Color.BLACK);
    }

    Phrase title(String text, float size, Color color) {
        return phrase(text, fonts.forTitles(), size, color);
    }

    /** A justified paragraph indented by two characters, as body text and item titles are set. */
    Paragraph indented(Phrase phrase) {
        Paragraph p = paragraph(BODY_LEADING);
        p.add(phrase);
        p.setFirstLineIndent(2 * BODY_SIZE);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        return p;
    }

    Paragraph centred(Phrase phrase, float leading) {
        Paragraph p = paragraph(leading);
        p.add(phrase);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    /** Text at the left and the right end of one line. */
    Paragraph leftAndRight(Phrase left, Phrase right) {
        Paragraph p = paragraph(BODY_LEADING);
        p.add(left);
        p.add(drawing(new VerticalPositionMark()));
        p.add(right);
        return p;
    }

    /** A full-width rule drawn {@code offset} points from the baseline of an otherwise empty line. */
    Paragraph rule(Color color, float width, float offset) {
        Paragraph p = paragraph(BODY_LEADING);
        p.add(drawing(new LineSeparator(width, 100, color, Element.ALIGN_CENTER, offset)));
        return p;
    }

    /** Paragraph and drawing carry a font of ours too: OpenPDF would otherwise reference unembedded fonts for the
     * spacing between paragraphs and for the drawing's placeholder character. */
    private Paragraph paragraph(float leading) {
        Paragraph p = new Paragraph(leading);
        p.setFont(new Font(fonts.forBody().get(0), BODY_SIZE));
        return p;
    }

    private Chunk drawing(DrawInterface drawing) {
        Chunk chunk = new Chunk(drawing);
        chunk.setFont(new Font(fonts.forBody().get(0), BODY_SIZE));
        return chunk;
    }

    /** The non-blank lines of a text of several paragraphs, one a line. */
    static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(LINE_BREAK.split(text))
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .toList();
    }

    /** Runs of characters, each in the first font of the chain that has them (OpenPDF's FontSelector would put
     * its own unembedded fallback font first). */
    private static Phrase phrase(String text, List<BaseFont> chain, float size, Color color) {
        List<Font> fonts =
                chain.stream().map(f -> new Font(f, size, Font.NORMAL, color)).toList();
        Phrase phrase = new Phrase();
        StringBuilder run = new StringBuilder();
        Font current = fonts.get(0);
        for (int cp : clean(text).codePoints().toArray()) {
            Font font = cp == '\n' ? current : fontFor(cp, fonts);
            if (font == null) {
                continue;
            }
            if (font != current && !run.isEmpty()) {
                phrase.add(chunk(run, current));
                run.setLength(0);
            }
            current = font;
            run.appendCodePoint(cp);
        }
        if (!run.isEmpty()) {
            phrase.add(chunk(run, current));
        }
        return phrase;
    }

    private static Font fontFor(int codePoint, List<Font> fonts) {
        for (Font font : fonts) {
            if (font.getBaseFont().charExists(codePoint)) {
                return font;
            }
        }
        return null;
    }

    private static Chunk chunk(StringBuilder run, Font font) {
        Chunk chunk = new Chunk(run.toString(), font);
        chunk.setSplitCharacter(CjkLineBreaks.INSTANCE);
        return chunk;
    }

    private static String clean(String text) {
        return text == null ? "" : CONTROL.matcher(text.replace('\t', ' ')).replaceAll("");
    }
}
