package org.reportcycle.system;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.util.UriUtils;

/**
 * One bad request of the corpus: the endpoint it aims at (its mapping pattern), who sends it, the raw address
 * (already percent-encoded, so that odd bytes arrive as written), body and parameters; optionally the status and
 * the field the answer must name.
 */
record BadInput(
        String endpoint,
        String label,
        String user,
        HttpMethod method,
        String uri,
        String contentType,
        byte[] body,
        Map<String, List<String>> params,
        Map<String, String> headers,
        Integer status,
        String field) {

    static BadInput of(String endpoint, String label, String user, String method, String uri) {
        return new BadInput(
                endpoint, label, user, HttpMethod.valueOf(method), uri, null, null, Map.of(), Map.of(), null, null);
    }

    /** A path with each {@code {}} replaced by the next value, percent-encoded as a path segment. */
    static String path(String template, String... values) {
        String out = template;
        for (String v : values) {
            out = out.replaceFirst(
                    "\\{}",
                    java.util.regex.Matcher.quoteReplacement(UriUtils.encodePathSegment(v, StandardCharsets.UTF_8)));
        }
        return out;
    }

    boolean api() {
        return uri.startsWith("/api");
    }

    BadInput json(String json) {
        return body(json.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON_VALUE);
    }

    BadInput body(byte[] bytes, String type) {
        return new BadInput(endpoint, label, user, method, uri, type, bytes, params, headers, status, field);
    }

    BadInput param(String name, String... values) {
        Map<String, List<String>> more = new LinkedHashMap<>(params);
        more.put(name, Arrays.asList(values));
        return new BadInput(endpoint, label, user, method, uri, contentType, body, more, headers, status, field);
    }

    BadInput header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new BadInput(endpoint, label, user, method, uri, contentType, body, params, more, status, field);
    }

    BadInput english() {
        return header("Accept-Language", "en");
    }

    boolean inEnglish() {
        return "en".equals(headers.get("Accept-Language"));
    }

    BadInput expect(int expected) {
        return new BadInput(endpoint, label, user, method, uri, contentType, body, params, headers, expected, field);
    }

    /** Any refusal will do (the target does not exist, so the input may never be read). */
    BadInput anyRefusal() {
        return new BadInput(endpoint, label, user, method, uri, contentType, body, params, headers, null, null);
    }

    /** A 400 whose {@code errors} name this field. */
    BadInput naming(String expectedField) {
        return new BadInput(endpoint, label, user, method, uri, contentType, body, params, headers, 400, expectedField);
    }

    @Override
    public String toString() {
        String shown = uri.length() > 90 ? uri.substring(0, 90) + "…" : uri;
        String p = params.isEmpty()
                ? ""
                : " "
                        + params.entrySet().stream()
                                .map(e -> e.getKey() + "=" + abbreviate(String.join(",", e.getValue())))
                                .collect(Collectors.joining("&"));
        return label + ": " + method + " " + shown + p + " as " + user;
    }

    private static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }
}
