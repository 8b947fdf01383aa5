package org.reportcycle.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The message keys the code names: in templates (#{key}, #{key(…)}, #{'prefix.' + …}, #messages.msg('…')) and as
 * string literals in main Java code. A key ending in "." is a prefix completed at run time.
 */
final class MessageKeyReferences {

    record Reference(String where, String key) {}

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path JAVA = Path.of("src/main/java");

    /** #{key}, #{key(args)} and #{'prefix.' + …} or #{${'prefix.' + …}}; the first group is the key or prefix. */
    static final List<Pattern> TEMPLATE_EXPRESSIONS = List.of(
            Pattern.compile("#\\{\\s*([A-Za-z][\\w.]*)\\s*[}(]"),
            Pattern.compile("#\\{\\s*(?:\\$\\{\\s*)?'([\\w.]+)'\\s*\\+"));

    static final Pattern TEMPLATE_UTILITY = Pattern.compile("#messages\\.msg\\w*\\(\\s*'([\\w.]+)'\\s*[,)+]");

    /** A dotted string literal such as "error.cycle.unknown" or "plans.flash."; only its first segment decides. */
    static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*\\.(?:[A-Za-z0-9_]+\\.?)*)\"");
    /** The first literal argument of a message lookup is a key whatever its first segment. */
    static final Pattern JAVA_LOOKUP =
            Pattern.compile("\\b(?:message|getMessage|resolvable)\\(\\s*\"([^\"]*)\"\\s*[,)+]");
    /** Dotted literals that share a first segment with the keys and are no keys: JavaMail's session properties. */
    static final List<String> NOT_KEYS = List.of("mail.smtp.", "mail.transport.");

    private MessageKeyReferences() {}

    static List<Reference> inTemplates() {
        List<Reference> found = new ArrayList<>();
        for (Path file : files(TEMPLATES, ".html")) {
            String text = read(file);
            Stream.concat(TEMPLATE_EXPRESSIONS.stream(), Stream.of(TEMPLATE_UTILITY))
                    .forEach(p -> collect(p.matcher(text), file, found));
        }
        return found;
    }

    /** Every "#{" of the templates that none of the expressions reads: a form this scan would miss. */
    static List<Reference> unreadTemplateExpressions() {
        List<Reference> unread = new ArrayList<>();
        for (Path file : files(TEMPLATES, ".html")) {
            String text = read(file);
            Matcher start = Pattern.compile("#\\{").matcher(text);
            while (start.find()) {
                int at = start.start();
                if (TEMPLATE_EXPRESSIONS.stream()
                        .noneMatch(
                                p -> p.matcher(text).region(at, text.length()).lookingAt())) {
                    unread.add(new Reference(file.toString(), text.substring(at, Math.min(text.length(), at + 40))));
                }
            }
        }
        return unread;
    }

    static List<Reference> inJava(Set<String> firstSegments) {
        List<Reference> found = new ArrayList<>();
        for (Path file : files(JAVA, ".java")) {
            String text = read(file);
            collect(JAVA_LOOKUP.matcher(text), file, found);
            Matcher literal = JAVA_LITERAL.matcher(text);
            while (literal.find()) {
                String key = literal.group(1);
                if (firstSegments.contains(key.substring(0, key.indexOf('.')))
                        && NOT_KEYS.stream().noneMatch(key::startsWith)) {
                    found.add(new Reference(file.toString(), key));
                }
            }
        }
        return found;
    }

    private static void collect(Matcher m, Path file, List<Reference> into) {
        while (m.find()) {
            into.add(new Reference(file.toString(), m.group(1)));
        }
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
