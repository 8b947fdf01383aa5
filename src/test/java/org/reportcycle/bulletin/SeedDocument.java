package org.reportcycle.bulletin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A reference document as text (copied to {@code src/test/resources/golden}) and its numbered items. The text was
 * extracted from the published files: page breaks show up as a blank line in the middle of a sentence, so the
 * lines of an item are joined without a separator to get back what its author wrote.
 */
record SeedDocument(String text) {

    private static final Pattern ITEM_NUMBER = Pattern.compile("^[一二三四五六七八九十]+、");

    static SeedDocument read(String name) {
        try (InputStream in = SeedDocument.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no reference document golden/" + name);
            }
            return new SeedDocument(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text from the line {@code line} to the end. */
    String from(String line) {
        int start = lines().indexOf(line);
        if (start < 0) {
            throw new IllegalArgumentException("no line " + line);
        }
        return text.substring(text.indexOf(line));
    }

    /**
     * The numbered items (一、二、…) after the line {@code heading}, up to the first line that starts with
     * {@code end} (to the end of the document if null): each item's non-blank lines, its number taken off.
     */
    List<List<String>> items(String heading, String end) {
        List<String> lines = lines();
        List<List<String>> items = new ArrayList<>();
        for (String line : lines.subList(lines.indexOf(heading) + 1, lines.size())) {
            if (end != null && line.startsWith(end)) {
                break;
            }
            var number = ITEM_NUMBER.matcher(line);
            if (number.find()) {
                items.add(new ArrayList<>(List.of(line.substring(number.end()))));
            } else if (!items.isEmpty()) {
                items.get(items.size() - 1).add(line);
            }
        }
        return items;
    }

    /** An item's lines joined back into the running text its author wrote. */
    static String joined(List<String> lines) {
        return String.join("", lines);
    }

    private List<String> lines() {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
