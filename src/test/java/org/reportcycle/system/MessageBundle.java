package org.reportcycle.system;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

/** One messages file as written: its values, and the keys it lists more than once (the last would win silently). */
record MessageBundle(Path file, Map<String, String> values, List<String> duplicates) {

    static final Path DIRECTORY = Path.of("src/main/resources");

    static MessageBundle load(String name) {
        Path file = DIRECTORY.resolve(name);
        List<String> duplicates = new ArrayList<>();
        Properties read = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (containsKey(key)) {
                    duplicates.add(String.valueOf(key));
                }
                return super.put(key, value);
            }
        };
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = new TreeMap<>();
        read.stringPropertyNames().forEach(k -> values.put(k, read.getProperty(k)));
        return new MessageBundle(file, values, duplicates);
    }

    boolean has(String keyOrPrefix) {
        return keyOrPrefix.endsWith(".")
                ? values.keySet().stream().anyMatch(k -> k.startsWith(keyOrPrefix))
                : values.containsKey(keyOrPrefix);
    }

    /**
     * The MessageFormat arguments of a value as written ({0}, {1,number,#}); text quoted with single quotes is
     * literal, '' is an apostrophe.
     */
    static TreeSet<String> placeholders(String value) {
        TreeSet<String> found = new TreeSet<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (depth == 0 && c == '\'') {
                boolean doubled = i + 1 < value.length() && value.charAt(i + 1) == '\'';
                i += doubled ? 1 : 0;
                quoted ^= !doubled;
            } else if (!quoted || depth > 0) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (depth > 0 || c == '}') {
                    current.append(c);
                }
                if (depth == 0 && c == '}') {
                    found.add(current.toString());
                    current.setLength(0);
                }
            }
        }
        return found;
    }

    /** MessageFormat swallows a single apostrophe and freezes the arguments after it, so these must be doubled. */
    static boolean hasLoneApostrophe(String value) {
        return value.replace("''", "").contains("'");
    }
}
