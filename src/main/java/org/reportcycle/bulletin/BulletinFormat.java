package org.reportcycle.bulletin;

import java.util.Locale;
import java.util.Optional;

/** The files a bulletin is published as, with the extension of their stable address and their media type. */
public enum BulletinFormat {
    TXT("text/plain;charset=UTF-8"),
    HTML("text/html;charset=UTF-8"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("application/pdf");

    private final String contentType;

    BulletinFormat(String contentType) {
        this.contentType = contentType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<BulletinFormat> ofExtension(String extension) {
        for (BulletinFormat f : values()) {
            if (f.extension().equalsIgnoreCase(extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
