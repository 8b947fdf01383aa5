package org.reportcycle.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Bad JSON bodies made from a valid one: the whole body garbled (empty, not JSON, wrong content type, invalid
 * UTF-8, a key twice) and each field given what it cannot be (the wrong type, NUL, too much text, a huge number,
 * null, a null in a list).
 */
final class JsonMutations {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String TOO_LONG = "字".repeat(100_001);

    private final ObjectMapper json = new ObjectMapper();

    /** The garbled bodies; none of them can be read, whatever the endpoint. */
    List<BadInput> garbled(BadInput target, JsonNode valid) {
        String text = valid.toString();
        List<BadInput> cases = new ArrayList<>();
        cases.add(named(target, "empty body").json("").expect(400));
        cases.add(named(target, "blank body").json("  \n ").expect(400));
        cases.add(named(target, "not JSON").json("version=1&title=x").expect(400));
        cases.add(named(target, "truncated JSON")
                .json(text.substring(0, text.length() / 2))
                .expect(400));
        cases.add(named(target, "wrong top-level type")
                .json(valid.isArray() ? "{\"a\":1}" : "[1,2]")
                .expect(400));
        cases.add(named(target, "JSON string").json("\"text\"").expect(400));
        cases.add(named(target, "no content type")
                .body(text.getBytes(StandardCharsets.UTF_8), null)
                .expect(415));
        cases.add(named(target, "text/plain body")
                .body(text.getBytes(StandardCharsets.UTF_8), "text/plain")
                .expect(415));
        cases.add(named(target, "form body")
                .body("version=1".getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded")
                .expect(415));
        cases.add(named(target, "XML body")
                .body("<a/>".getBytes(StandardCharsets.UTF_8), "application/xml")
                .expect(415));
        cases.add(named(target, "invalid UTF-8")
                .body(invalidUtf8(valid), "application/json")
                .expect(400));
        cases.add(named(target, "invalid JSON, Accept image/png")
                .json("{")
                .header("Accept", "image/png")
                .expect(400));
        if (valid.isObject() && valid.fieldNames().hasNext()) {
            String key = valid.fieldNames().next();
            String twice = "{\"" + key + "\":" + valid.get(key) + "," + text.substring(1);
            cases.add(named(target, "duplicate key " + key).json(twice).naming(key));
        }
        return cases;
    }

    /**
     * NUL, too much text and an object where text belongs. (Other control characters are kept as typed: see
     * HostileItemTextTest; the corpus sends them where no text belongs, in addresses and periods.)
     */
    List<BadInput> text(BadInput target, JsonNode valid, String field) {
        return List.of(
                named(target, field + " with NUL")
                        .json(set(valid, field, NODES.textNode("前\u0000后")))
                        .naming(field),
                named(target, field + " too long")
                        .json(set(valid, field, NODES.textNode(TOO_LONG)))
                        .naming(field),
                named(target, field + " an object")
                        .json(set(valid, field, NODES.objectNode()))
                        .naming(field));
    }

    /** Not a number, a number no int holds, null, and (in English) a list. */
    List<BadInput> integer(BadInput target, JsonNode valid, String field) {
        return List.of(
                named(target, field + " not a number")
                        .json(set(valid, field, NODES.textNode("abc")))
                        .naming(field),
                named(target, field + " huge")
                        .json(set(valid, field, NODES.numberNode(new java.math.BigInteger("99999999999999999999"))))
                        .naming(field),
                named(target, field + " null")
                        .json(set(valid, field, NODES.nullNode()))
                        .naming(field),
                named(target, field + " a list, in English")
                        .json(set(valid, field, NODES.arrayNode()))
                        .naming(field)
                        .english());
    }

    /** A null inside the list, and text where the list belongs. */
    List<BadInput> list(BadInput target, JsonNode valid, String field) {
        return List.of(
                named(target, field + " [null]")
                        .json(set(valid, field, NODES.arrayNode().addNull()))
                        .naming(field + "[0]"),
                named(target, field + " text")
                        .json(set(valid, field, NODES.textNode("abc")))
                        .naming(field));
    }

    BadInput value(BadInput target, JsonNode valid, String field, JsonNode bad) {
        return named(target, field + " = " + abbreviate(bad.toString())).json(set(valid, field, bad));
    }

    static BadInput named(BadInput target, String label) {
        return new BadInput(
                target.endpoint(),
                label,
                target.user(),
                target.method(),
                target.uri(),
                null,
                null,
                target.params(),
                target.headers(),
                null,
                null);
    }

    /** The valid body with {@code path} ({@code items[0].title}) set to {@code value}. */
    String set(JsonNode valid, String path, JsonNode value) {
        JsonNode copy = valid.deepCopy();
        String[] steps = path.replace("[", ".[").split("\\.");
        JsonNode node = copy;
        for (int i = 0; i < steps.length && node != null; i++) {
            String step = steps[i];
            boolean last = i == steps.length - 1;
            if (step.isEmpty()) {
                continue;
            }
            if (step.startsWith("[")) {
                int index = Integer.parseInt(step.substring(1, step.length() - 1));
                if (last) {
                    ((ArrayNode) node).set(index, value);
                }
                node = node.get(index);
            } else {
                if (last) {
                    ((ObjectNode) node).set(step, value);
                }
                node = node.get(step);
            }
        }
        return copy.toString();
    }

    private byte[] invalidUtf8(JsonNode valid) {
        String marked = valid.isObject() ? set(valid, "x", NODES.textNode("@@")) : "[\"@@\"]";
        byte[] bytes = marked.getBytes(StandardCharsets.UTF_8);
        String s = new String(bytes, StandardCharsets.ISO_8859_1).replace("@@", "\u00c3\u0028");
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    ObjectMapper mapper() {
        return json;
    }
}
