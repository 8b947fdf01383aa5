package org.reportcycle.calendar;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads and checks a calendar file, e.g. {@code config/calendar/2019.yml}:
 *
 * <pre>
 * year: 2019
 * holidays:
 *   - { name: 春节, from: 2019-02-04, to: 2019-02-10 }
 *   - { name: 清明节, date: 2019-04-05 }
 * workdays:
 *   - { name: 春节, date: 2019-02-02 }
 * </pre>
 *
 * Holidays are days off (weekend days inside a holiday included); workdays are weekend days worked (调休). Every
 * date lies in the file's year, which is also its name, and appears once. Every problem names file and line.
 */
final class CalendarFileParser {

    static final int MAX_NAME = 50;

    private static final Set<String> TOP = Set.of("year", "holidays", "workdays");
    private static final Set<String> ENTRY = Set.of("name", "date", "from", "to");

    private final String file;

    private CalendarFileParser(String file) {
        this.file = file;
    }

    static CalendarFile parse(Path path) {
        String name = path.toString();
        CalendarFileParser parser = new CalendarFileParser(name);
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Node root = new Yaml().compose(reader);
            if (root == null) {
                throw new CalendarFileException(name, 1, "the file is empty");
            }
            return parser.read(root, path.getFileName().toString());
        } catch (MarkedYAMLException e) {
            throw new CalendarFileException(name, e.getProblemMark().getLine() + 1, e.getProblem());
        } catch (IOException e) {
            throw new CalendarFileException(name, 0, "cannot be read: " + e.getMessage());
        }
    }

    private CalendarFile read(Node root, String fileName) {
        Map<String, Node> top = fields(root, TOP);
        Node yearNode = required(root, top, "year");
        int year;
        try {
            year = Integer.parseInt(scalar(yearNode, "year").trim());
        } catch (NumberFormatException e) {
            throw problem(yearNode, "'year' must be a year such as 2019");
        }
        if (!fileName.equals(year + ".yml")) {
            throw problem(yearNode, "year " + year + " is in a file named " + fileName + "; name it " + year + ".yml");
        }
        Map<LocalDate, Node> seen = new HashMap<>();
        List<CalendarDay> days = new ArrayList<>();
        entries(top.get("holidays"), "holidays", false, year, seen, days);
        entries(top.get("workdays"), "workdays", true, year, seen, days);
        days.sort(Comparator.comparing(CalendarDay::date));
        return new CalendarFile(file, year, List.copyOf(days));
    }

    private void entries(Node list, String key, boolean working, int year, Map<LocalDate, Node> seen,
            List<CalendarDay> days) {
        if (list == null || list instanceof ScalarNode s && s.getValue().isEmpty()) {
            return;
        }
        if (!(list instanceof SequenceNode sequence)) {
            throw problem(list, "'" + key + "' must be a list of entries such as { name: 国庆节, date: "
                + year + "-10-01 }");
        }
        for (Node entry : sequence.getValue()) {
            Map<String, Node> fields = fields(entry, ENTRY);
            Node nameNode = required(entry, fields, "name");
            String name = scalar(nameNode, "name").strip();
            if (name.isEmpty()) {
                throw problem(nameNode, "'name' is empty");
            }
            if (name.length() > MAX_NAME) {
                throw problem(nameNode, "'name' is longer than " + MAX_NAME + " characters");
            }
            LocalDate from;
            LocalDate to;
            if (fields.containsKey("date")) {
                if (fields.containsKey("from") || fields.containsKey("to")) {
                    throw problem(entry, "give either 'date' or 'from' and 'to', not both");
                }
                from = to = date(fields.get("date"), "date", year);
            } else if (fields.containsKey("from") || fields.containsKey("to")) {
                from = date(required(entry, fields, "from"), "from", year);
                to = date(required(entry, fields, "to"), "to", year);
                if (to.isBefore(from)) {
                    throw problem(fields.get("to"), "'to' " + to + " is before 'from' " + from);
                }
            } else {
                throw problem(entry, "missing 'date' (or 'from' and 'to')");
            }
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                Node earlier = seen.putIfAbsent(day, entry);
                if (earlier != null) {
                    throw problem(entry, day + " is listed twice (also on line " + line(earlier) + ")");
                }
                days.add(new CalendarDay(day, working, name));
            }
        }
    }

    private LocalDate date(Node node, String key, int year) {
        String text = scalar(node, key).trim();
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw problem(node, "'" + key + "' is not a date like " + year + "-10-01: " + text);
        }
        if (date.getYear() != year) {
            throw problem(node, date + " is not in " + year + "; list it in " + date.getYear() + ".yml");
        }
        return date;
    }

    private Map<String, Node> fields(Node node, Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            throw problem(node, "expected fields such as " + String.join(", ", allowed));
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode(), "key");
            if (!allowed.contains(key)) {
                throw problem(tuple.getKeyNode(), "unknown field '" + key + "'; expected one of "
                    + String.join(", ", allowed.stream().sorted().toList()));
            }
            if (fields.put(key, tuple.getValueNode()) != null) {
                throw problem(tuple.getKeyNode(), "'" + key + "' appears twice");
            }
        }
        return fields;
    }

    private Node required(Node parent, Map<String, Node> fields, String key) {
        Node child = fields.get(key);
        if (child == null) {
            throw problem(parent, "missing '" + key + "'");
        }
        return child;
    }

    private String scalar(Node node, String key) {
        if (!(node instanceof ScalarNode s)) {
            throw problem(node, "'" + key + "' must be a single value");
        }
        return s.getValue();
    }

    private CalendarFileException problem(Node node, String message) {
        return new CalendarFileException(file, line(node), message);
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
