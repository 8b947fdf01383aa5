package org.reportcycle.system;

import java.nio.charset.StandardCharsets;

/**
 * The Content-Disposition of a file ReportCycle hands out: the Chinese name in RFC 5987 form for browsers that
 * read it, and an ASCII name for clients that cannot.
 */
public final class Downloads {

    private static final String SAFE = "!#$&+-.^_`|~";

    private Downloads() {}

    /** e.g. attachment; filename="summary-2026-01-to-2026-06.docx"; filename*=UTF-8''2026%E5%B9%B4… */
    public static String disposition(String type, String filename, String asciiFilename) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : filename.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || SAFE.indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append("%02X".formatted(b & 0xFF));
            }
        }
        return type + "; filename=\"" + asciiFilename + "\"; filename*=UTF-8''" + encoded;
    }
}
