package org.reportcycle.token;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * A token's name and days are read as sent: Jackson would take {@code "name": 5} as "5" and {@code "days": "30"}
 * or {@code 1.5} as a number of days, and a client that sent either has a mistake it should hear about.
 */
final class StrictFields {

    private StrictFields() {}

    /** Only a JSON string. */
    static final class Text extends StdScalarDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            return p.getText();
        }
    }

    /** Only a JSON whole number that fits an int. */
    static final class WholeNumber extends StdScalarDeserializer<Integer> {

        WholeNumber() {
            super(Integer.class);
        }

        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                return (Integer) ctxt.handleUnexpectedToken(Integer.class, p);
            }
            return p.getIntValue();
        }
    }
}
