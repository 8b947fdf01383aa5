package org.reportcycle.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.reportcycle.system.AuthorizationRow.Check;

/** The checks of an answer's body the matrix's rows use: fields present, absent or equal, texts shown or not. */
final class AuthorizationChecks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AuthorizationChecks() {}

    static JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }

    /** The field at a JSON pointer ({@code /bulletin/signerComment}) is there and not null. */
    static Check has(String pointer) {
        return (who, body) -> assertThat(json(body).at(pointer).isMissingNode()
                        || json(body).at(pointer).isNull())
                .as("%s in %s", pointer, body)
                .isFalse();
    }

    static Check lacks(String pointer) {
        return (who, body) -> assertThat(json(body).at(pointer).isMissingNode())
                .as("no %s in %s", pointer, body)
                .isTrue();
    }

    static Check equal(String pointer, Object value) {
        return (who, body) ->
                assertThat(json(body).at(pointer).asText()).as(pointer).isEqualTo(String.valueOf(value));
    }

    /** No object anywhere in the answer has a field of this name. */
    static Check noField(String name) {
        return (who, body) -> assertThat(json(body).findValues(name))
                .as("field %s in %s", name, body)
                .isEmpty();
    }

    static Check shows(String text) {
        return (who, body) -> assertThat(body).contains(text);
    }

    static Check hides(String text) {
        return (who, body) -> assertThat(body).doesNotContain(text);
    }

    /** A problem detail whose detail is exactly this (so that two refusals can be told apart by nothing else). */
    static Check detail(String detail) {
        return equal("/detail", detail);
    }

    /** The ids of a JSON list, in any order. */
    static Check ids(Long... ids) {
        return (who, body) -> {
            List<Long> found = new ArrayList<>();
            json(body).forEach(n -> found.add(n.get("id").asLong()));
            assertThat(found).containsExactlyInAnyOrder(ids);
        };
    }

    /** The object at the pointer has exactly these fields. */
    static Check fields(String pointer, String... names) {
        return (who, body) -> {
            List<String> found = new ArrayList<>();
            json(body).at(pointer).fieldNames().forEachRemaining(found::add);
            assertThat(found).as("fields of %s", pointer).containsExactlyInAnyOrder(names);
        };
    }
}
