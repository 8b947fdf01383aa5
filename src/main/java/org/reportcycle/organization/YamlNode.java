package org.reportcycle.organization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML node with its place (path and line), so that every problem found in the organisation file can say
 * exactly where it is.
 */
record YamlNode(String file, String path, Node node) {

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    OrganizationFileException problem(String message) {
        return new OrganizationFileException(file, line(), path, message);
    }

    YamlNode required(String key) {
        YamlNode child = fields().get(key);
        if (child == null) {
            throw problem("missing '" + key + "'");
        }
        return child;
    }

    YamlNode optional(String key) {
        return fields().get(key);
    }

    String text(String key) {
        String value = required(key).scalar();
        if (value.isBlank()) {
            throw required(key).problem("'" + key + "' is empty");
        }
        return value;
    }

    /** Required text that fits a database column of {@code max} characters. */
    String text(String key, int max) {
        String value = text(key);
        if (value.length() > max) {
            throw required(key).problem("'" + key + "' is longer than " + max + " characters");
        }
        return value;
    }

    String optionalText(String key, String otherwise) {
        YamlNode child = optional(key);
        return child == null ? otherwise : child.scalar();
    }

    int integer(String key) {
        YamlNode child = required(key);
        try {
            return Integer.parseInt(child.scalar().trim());
        } catch (NumberFormatException e) {
            throw child.problem("'" + key + "' must be a whole number");
        }
    }

    boolean flag(String key, boolean otherwise) {
        YamlNode child = optional(key);
        if (child == null) {
            return otherwise;
        }
        String value = child.scalar().trim();
        if (!Set.of("true", "false").contains(value)) {
            throw child.problem("'" + key + "' must be true or false");
        }
        return Boolean.parseBoolean(value);
    }

    String scalar() {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        throw problem("expected a single value");
    }

    List<YamlNode> items() {
        if (!(node instanceof SequenceNode seq)) {
            throw problem("expected a list");
        }
        List<Node> values = seq.getValue();
        return java.util.stream.IntStream.range(0, values.size())
            .mapToObj(i -> new YamlNode(file, path + "[" + i + "]", values.get(i))).toList();
    }

    Map<String, YamlNode> fields() {
        if (!(node instanceof MappingNode map)) {
            throw problem("expected a mapping of names to values");
        }
        Map<String, YamlNode> fields = new LinkedHashMap<>();
        for (var t : map.getValue()) {
            YamlNode keyNode = new YamlNode(file, path, t.getKeyNode());
            if (!(t.getKeyNode() instanceof ScalarNode scalarKey)) {
                throw keyNode.problem("a name must be a single word, not a list or mapping");
            }
            String key = scalarKey.getValue();
            if (fields.containsKey(key)) {
                throw keyNode.problem("'" + key + "' is given twice");
            }
            fields.put(key, new YamlNode(file, path.isEmpty() ? key : path + "." + key, t.getValueNode()));
        }
        return fields;
    }
}
