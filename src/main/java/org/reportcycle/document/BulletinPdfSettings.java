package org.reportcycle.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The TrueType fonts embedded in the bulletin PDF, each a file path, for a collection (.ttc) followed by
 * {@code ,index} of the face: the body text (a 楷 face stands in for 仿宋 on a free system) and the masthead and
 * titles (明/宋). An absent file falls back to the known places in {@link PdfFonts}.
 */
@ConfigurationProperties("reportcycle.bulletin.pdf")
record BulletinPdfSettings(
        @DefaultValue(PdfFonts.UKAI) String bodyFont,
        @DefaultValue(PdfFonts.UMING) String titleFont) {}
