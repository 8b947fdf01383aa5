package org.reportcycle.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One place in a YAML file read by an operator (the organisation file, a calendar file), with its path and line,
 * so that every problem says exactly where it is ({@link YamlProblem}). Values are read as written: no types are
 * guessed, a date or a number is the caller's to parse.
 */
public final class YamlDocument {

    private final String file;
    private final String path;
    private final Node node;

    private YamlDocument(String file, String path, Node node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    /** The file's top node; a file that cannot be read, is empty or is no YAML is a problem. */
    public static YamlDocument read(Path file) {
        String name = file.toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node root = new Yaml().compose(reader);
            if (root == null) {
                throw new YamlProblem(name, 1, "file", "the file is empty");
            }
            return new YamlDocument(name, "", root);
        } catch (MarkedYAMLException e) {
            throw new YamlProblem(name, e.getProblemMark().getLine() + 1, "syntax", e.getProblem());
        } catch (IOException e) {
            throw new YamlProblem(name, 0, "file", "cannot be read: " + e.getMessage());
        }
    }

    public int line() {
        return node.getStartMark().getLine() + 1;
    }

    /** A problem at this place, to throw. */
    public YamlProblem problem(String message) {
        return new YamlProblem(file, line(), path, message);
    }

    public YamlDocument required(String key) {
        YamlDocument child = fields().get(key);
        if (child == null) {
            throw problem("missing '" + key + "'");
        }
        return child;
    }

    public YamlDocument optional(String key) {
        return fields().get(key);
    }

    /** Required text, not blank. */
    public String text(String key) {
        String value = required(key).scalar();
        if (value.isBlank()) {
            throw required(key).problem("'" + key + "' is empty");
        }
        return value;
    }

    /** Required text that fits a database column of {@code max} characters. */
    public String text(String key, int max) {
        String value = text(key);
        if (value.length() > max) {
            throw required(key).problem("'" + key + "' is longer than " + max + " characters");
        }
        return value;
    }

    public String optionalText(String key, String otherwise) {
        YamlDocument child = optional(key);
        return child == null ? otherwise : child.scalar();
    }

    public int integer(String key) {
        YamlDocument child = required(key);
        try {
            return Integer.parseInt(child.scalar().trim());
        } catch (NumberFormatException e) {
            throw child.problem("'" + key + "' must be a whole number");
        }
    }

    public boolean flag(String key, boolean otherwise) {
        YamlDocument child = optional(key);
        if (child == null) {
            return otherwise;
        }
        String value = child.scalar().trim();
        if (!Set.of("true", "false").contains(value)) {
            throw child.problem("'" + key + "' must be true or false");
        }
        return Boolean.parseBoolean(value);
    }

    public String scalar() {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        throw problem("expected a single value");
    }

    /** The value of the field {@code key}, which must be a single value, not a list or mapping. */
    public String scalar(String key) {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        throw problem("'" + key + "' must be a single value");
    }

    public boolean isList() {
        return node instanceof SequenceNode;
    }

    /** Whether the value is written as nothing at all ({@code holidays:} with no entries). */
    public boolean isEmptyValue() {
        return node instanceof ScalarNode s && s.getValue().isEmpty();
    }

    public List<YamlDocument> items() {
        if (!(node instanceof SequenceNode seq)) {
            throw problem("expected a list");
        }
        List<Node> values = seq.getValue();
        return IntStream.range(0, values.size())
                .mapToObj(i -> new YamlDocument(file, path + "[" + i + "]", values.get(i)))
                .toList();
    }

    /** The fields of a mapping whose names are open, in the order written; a name given twice is a problem. */
    public Map<String, YamlDocument> fields() {
        if (!(node instanceof MappingNode map)) {
            throw problem("expected a mapping of names to values");
        }
        Map<String, YamlDocument> fields = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            YamlDocument keyNode = new YamlDocument(file, path, t.getKeyNode());
            if (!(t.getKeyNode() instanceof ScalarNode scalarKey)) {
                throw keyNode.problem("a name must be a single word, not a list or mapping");
            }
            String key = scalarKey.getValue();
            if (fields.containsKey(key)) {
                throw keyNode.problem("'" + key + "' is given twice");
            }
            fields.put(key, child(key, t.getValueNode()));
        }
        return fields;
    }

    /** The fields of a mapping that allows only the names {@code allowed}; any other name is a problem. */
    public Map<String, YamlDocument> fields(Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            throw problem("expected fields such as " + String.join(", ", allowed));
        }
        Map<String, YamlDocument> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            YamlDocument keyNode = new YamlDocument(file, path, tuple.getKeyNode());
            String key = keyNode.scalar("key");
            if (!allowed.contains(key)) {
                throw keyNode.problem("unknown field '" + key + "'; expected one of "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
            if (fields.put(key, child(key, tuple.getValueNode())) != null) {
                throw keyNode.problem("'" + key + "' appears twice");
            }
        }
        return fields;
    }

    private YamlDocument child(String key, Node value) {
        return new YamlDocument(file, path.isEmpty() ? key : path + "." + key, value);
    }
}
