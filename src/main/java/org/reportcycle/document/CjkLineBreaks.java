package org.reportcycle.document;

import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a line of the bulletin PDF may break: after any Chinese character or punctuation mark, but never before a
 * closing mark (，。、）》”) nor after an opening one (（《“), as Chinese typesetting requires; elsewhere (spaces,
 * hyphens) as OpenPDF's default. A run with no break point at all is still cut where the line is full.
 */
final class CjkLineBreaks extends DefaultSplitCharacter {

    static final CjkLineBreaks INSTANCE = new CjkLineBreaks();

    private static final String NO_LINE_START = "，。、；：？！）》〉」』”’〕】〗…—·%,.;:?!)]}";
    private static final String NO_LINE_END = "（《〈「『“‘〔【〖([{";

    private CjkLineBreaks() {}

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char c = getCurrentCharacter(current, cc, ck);
        if (NO_LINE_END.indexOf(c) >= 0) {
            return false;
        }
        if (current + 1 < end && NO_LINE_START.indexOf(getCurrentCharacter(current + 1, cc, ck)) >= 0) {
            return false;
        }
        return isChinese(c) || NO_LINE_START.indexOf(c) >= 0 || super.isSplitCharacter(start, current, end, cc, ck);
    }

    private static boolean isChinese(char c) {
        return c >= 0x2E80 && c < 0xD7A0
                || c >= 0xF900 && c < 0xFB00
                || c >= 0xFE30 && c < 0xFE50
                || c >= 0xFF00 && c < 0xFFF0;
    }
}
