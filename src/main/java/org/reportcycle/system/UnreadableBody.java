package org.reportcycle.system;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.reportcycle.system.InvalidInputException.FieldProblem;

/**
 * Why a JSON body could not be read, as the client can act on it: the field at fault (as {@code items[0].title})
 * and what it should be (应为整数), a key given twice, or a body that is not JSON at all.
 */
record UnreadableBody(String detailKey, List<FieldProblem> fields) {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

    static UnreadableBody of(Throwable cause) {
        if (cause == null) {
            return new UnreadableBody("error.body.missing", List.of());
        }
        // A duplicate inside a nested object comes wrapped with the path of that object: look for it first.
        JsonParseException parse = find(cause, JsonParseException.class);
        Matcher duplicate = parse == null ? null : DUPLICATE.matcher(String.valueOf(parse.getOriginalMessage()));
        if (duplicate != null && duplicate.find()) {
            return invalid(new FieldProblem(duplicatePath(parse, duplicate.group(1)), "error.field.duplicate"));
        }
        boolean encoding =
                parse != null && String.valueOf(parse.getOriginalMessage()).contains("UTF-8");
        if (parse != null && !encoding) {
            // Broken JSON (cut off, a stray character): no field is at fault, the text is.
            return new UnreadableBody("error.unreadable", List.of());
        }
        JsonMappingException mapping = find(cause, JsonMappingException.class);
        if (mapping != null && !mapping.getPath().isEmpty()) {
            String field = path(mapping.getPath());
            return invalid(encoding ? new FieldProblem(field, "error.field.encoding") : expected(field, mapping));
        }
        if (encoding) {
            return new UnreadableBody("error.body.encoding", List.of());
        }
        if (mapping instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return new UnreadableBody("error.body.type", List.of());
        }
        return new UnreadableBody("error.unreadable", List.of());
    }

    private static UnreadableBody invalid(FieldProblem problem) {
        return new UnreadableBody("error.invalid", List.of(problem));
    }

    /** What the field should have been. */
    private static FieldProblem expected(String field, JsonMappingException e) {
        if (e instanceof InvalidNullException) {
            return new FieldProblem(field, "error.field.null");
        }
        if (find(e, InputCoercionException.class) != null) {
            return new FieldProblem(field, "error.type.range");
        }
        Class<?> type = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (type != null && type.isEnum()) {
            return new FieldProblem(field, "error.type.enum", constants(type));
        }
        return new FieldProblem(field, type == null ? "error.type.other" : typeKey(type));
    }

    static String typeKey(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "error.type.integer";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "error.type.boolean";
        }
        if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
            return "error.type.text";
        }
        if (LocalDate.class.isAssignableFrom(type) || Temporal.class.isAssignableFrom(type)) {
            return "error.type.date";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "error.type.number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "error.type.list";
        }
        return Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")
                ? "error.type.object"
                : "error.type.other";
    }

    /** The enum's constants, for the message naming what may be sent. */
    static String constants(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }

    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : references) {
            if (r.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The duplicated key with the path of the object it is in: {@code items[0].title}. */
    private static String duplicatePath(JsonParseException e, String key) {
        JsonParser parser = e.getProcessor();
        JsonStreamContext context = parser == null ? null : parser.getParsingContext();
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c = context == null ? null : context.getParent();
                c != null && !c.inRoot();
                c = c.getParent()) {
            path.insert(0, c.inArray() ? "[" + c.getCurrentIndex() + "]" : "." + c.getCurrentName());
        }
        path.append('.').append(key);
        return path.charAt(0) == '.' ? path.substring(1) : path.toString();
    }

    private static <T> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
