package org.reportcycle.calendar;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportcycle.system.YamlDocument;
import org.reportcycle.system.YamlProblem;

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

    private CalendarFileParser() {}

    static CalendarFile parse(Path path) {
        try {
            return read(YamlDocument.read(path), path);
        } catch (YamlProblem p) {
            throw new CalendarFileException(p.file(), p.line(), p.problem());
        }
    }

    private static CalendarFile read(YamlDocument root, Path path) {
        String fileName = path.getFileName().toString();
        Map<String, YamlDocument> top = root.fields(TOP);
        YamlDocument yearNode = required(root, top, "year");
        int year;
        try {
            year = Integer.parseInt(yearNode.scalar("year").trim());
        } catch (NumberFormatException e) {
            throw yearNode.problem("'year' must be a year such as 2019");
        }
        if (!fileName.equals(year + ".yml")) {
            throw yearNode.problem("year " + year + " is in a file named " + fileName + "; name it " + year + ".yml");
        }
        Map<LocalDate, YamlDocument> seen = new HashMap<>();
        List<CalendarDay> days = new ArrayList<>();
        entries(top.get("holidays"), "holidays", false, year, seen, days);
        entries(top.get("workdays"), "workdays", true, year, seen, days);
        days.sort(Comparator.comparing(CalendarDay::date));
        return new CalendarFile(path.toString(), year, List.copyOf(days));
    }

    private static void entries(
            YamlDocument list,
            String key,
            boolean working,
            int year,
            Map<LocalDate, YamlDocument> seen,
            List<CalendarDay> days) {
        if (list == null || list.isEmptyValue()) {
            return;
        }
        if (!list.isList()) {
            throw list.problem(
                    "'" + key + "' must be a list of entries such as { name: 国庆节, date: " + year + "-10-01 }");
        }
        for (YamlDocument entry : list.items()) {
            Map<String, YamlDocument> fields = entry.fields(ENTRY);
            String name = name(entry, fields);
            LocalDate from;
            LocalDate to;
            if (fields.containsKey("date")) {
                if (fields.containsKey("from") || fields.containsKey("to")) {
                    throw entry.problem("give either 'date' or 'from' and 'to', not both");
                }
                from = to = date(fields.get("date"), "date", year);
            } else if (fields.containsKey("from") || fields.containsKey("to")) {
                from = date(required(entry, fields, "from"), "from", year);
                to = date(required(entry, fields, "to"), "to", year);
                if (to.isBefore(from)) {
                    throw fields.get("to").problem("'to' " + to + " is before 'from' " + from);
                }
            } else {
                throw entry.problem("missing 'date' (or 'from' and 'to')");
            }
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                YamlDocument earlier = seen.putIfAbsent(day, entry);
                if (earlier != null) {
                    throw entry.problem(day + " is listed twice (also on line " + earlier.line() + ")");
                }
                days.add(new CalendarDay(day, working, name));
            }
        }
    }

    private static String name(YamlDocument entry, Map<String, YamlDocument> fields) {
        YamlDocument nameNode = required(entry, fields, "name");
        String name = nameNode.scalar("name").strip();
        if (name.isEmpty()) {
            throw nameNode.problem("'name' is empty");
        }
        if (name.length() > MAX_NAME) {
            throw nameNode.problem("'name' is longer than " + MAX_NAME + " characters");
        }
        return name;
    }

    private static LocalDate date(YamlDocument node, String key, int year) {
        String text = node.scalar(key).trim();
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw node.problem("'" + key + "' is not a date like " + year + "-10-01: " + text);
        }
        if (date.getYear() != year) {
            throw node.problem(date + " is not in " + year + "; list it in " + date.getYear() + ".yml");
        }
        return date;
    }

    private static YamlDocument required(YamlDocument parent, Map<String, YamlDocument> fields, String key) {
        YamlDocument child = fields.get(key);
        if (child == null) {
            throw parent.problem("missing '" + key + "'");
        }
        return child;
    }
}
