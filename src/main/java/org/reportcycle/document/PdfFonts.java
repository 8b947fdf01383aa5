package org.reportcycle.document;

import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fonts of the bulletin PDF, found and loaded once at start-up and then only read, so every rendering may
 * share them. Each file is held in memory (about 40 MB for the two AR PL collections): subsetting from the file
 * costs OpenPDF a system call per byte, several times the whole rendering. Each role has a chain: its own face
 * first, then the other face and a symbol font for characters the first one lacks.
 */
final class PdfFonts {

    static final String UKAI = "/usr/share/fonts/truetype/arphic/ukai.ttc,0";
    static final String UMING = "/usr/share/fonts/truetype/arphic/uming.ttc,0";
    static final String MISSING = "No CJK TrueType font was found, so the bulletin cannot be made as PDF. Install the "
            + "Debian packages fonts-arphic-ukai and fonts-arphic-uming, or point reportcycle.bulletin.pdf.body-font and "
            + "reportcycle.bulletin.pdf.title-font at a TrueType font (path, or path,index for a .ttc collection)";

    /** Where Debian puts CJK fonts, tried in order when a configured font is absent. */
    private static final List<String> KNOWN = List.of(
            UKAI,
            UMING,
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            // CFF outlines: embedded and subset correctly, but the subset is several times larger.
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2");
    /** Latin symbols and emoticons the CJK faces lack (fonts-dejavu-core). */
    private static final String SYMBOLS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    private static final Logger log = LoggerFactory.getLogger(PdfFonts.class);

    /** Font files do not change while the JVM runs; several application contexts (tests) share one copy. */
    private static final Map<String, Optional<BaseFont>> FILES = new ConcurrentHashMap<>();

    private final BaseFont body;
    private final BaseFont title;
    private final BaseFont symbols;

    private PdfFonts(BaseFont body, BaseFont title, BaseFont symbols) {
        this.body = body;
        this.title = title;
        this.symbols = symbols;
    }

    static PdfFonts load(BulletinPdfSettings settings) {
        return load(settings, KNOWN, SYMBOLS);
    }

    /** The configured fonts, else the first of {@code known} found; {@code symbols} when present. */
    static PdfFonts load(BulletinPdfSettings settings, List<String> known, String symbols) {
        Map<String, Optional<BaseFont>> loaded = new HashMap<>();
        Function<String, Optional<BaseFont>> font = spec ->
                loaded.computeIfAbsent(String.valueOf(spec), key -> FILES.computeIfAbsent(key, k -> load(spec)));
        Optional<BaseFont> body = configuredOrKnown("body-font", settings.bodyFont(), known, font);
        Optional<BaseFont> title = configuredOrKnown("title-font", settings.titleFont(), known, font);
        if (body.isEmpty()) {
            log.warn(MISSING);
            return new PdfFonts(null, null, null);
        }
        return new PdfFonts(
                body.get(), title.orElse(body.get()), font.apply(symbols).orElse(null));
    }

    boolean available() {
        return body != null;
    }

    /** The PostScript names of the body and title faces (the embedded subsets are named after them). */
    List<String> names() {
        return Stream.of(body, title)
                .map(BaseFont::getPostscriptFontName)
                .distinct()
                .toList();
    }

    List<BaseFont> forBody() {
        return chain(body, title);
    }

    List<BaseFont> forTitles() {
        return chain(title, body);
    }

    private List<BaseFont> chain(BaseFont first, BaseFont second) {
        List<BaseFont> chain = new ArrayList<>(List.of(first));
        Stream.of(second, symbols).filter(f -> f != null && !chain.contains(f)).forEach(chain::add);
        return chain;
    }

    /** One font file is read once even when it serves both roles. */
    private static Optional<BaseFont> configuredOrKnown(
            String setting, String configured, List<String> known, Function<String, Optional<BaseFont>> fonts) {
        Optional<BaseFont> font = fonts.apply(configured);
        if (font.isEmpty()) {
            font = known.stream().map(fonts).flatMap(Optional::stream).findFirst();
            font.ifPresent(f -> log.warn(
                    "reportcycle.bulletin.pdf.{}: {} cannot be used; the bulletin PDF uses {}",
                    setting,
                    configured,
                    f.getPostscriptFontName()));
        }
        return font;
    }

    /** The font at {@code path} or {@code path,index}; empty when the file is absent or not a usable font. */
    private static Optional<BaseFont> load(String spec) {
        if (spec == null) {
            return Optional.empty();
        }
        String file = spec.replaceFirst(",\\d+$", "");
        if (!isFile(file)) {
            return Optional.empty();
        }
        String face = file.toLowerCase(Locale.ROOT).endsWith(".ttc") && file.equals(spec) ? spec + ",0" : spec;
        try {
            byte[] bytes = Files.readAllBytes(Path.of(file));
            return Optional.of(BaseFont.createFont(face, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null));
        } catch (Exception e) {
            log.warn("Font {} cannot be used in the bulletin PDF: {}", spec, e.toString());
            return Optional.empty();
        }
    }

    private static boolean isFile(String file) {
        try {
            return Files.isRegularFile(Path.of(file));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
