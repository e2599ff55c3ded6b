package io.cognate.broker.verify;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@link VerifyRequest} straight off the body's bytes with Jackson's streaming parser: no
 * String copy of the body and no tree, which showed in every verify of the profile. As a tree read
 * would: unknown fields are ignored and a repeated field's last value counts. A problem found while
 * reading is kept with its field and raised only when {@link VerifyRequest#of} asks for that field,
 * so the problem reported is the same whatever the order of the fields in the body.
 */
final class VerifyRequestReader {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Object NOT_A_STRING = new Object();

    private VerifyRequestReader() {}

    /**
     * @throws IOException when the body is not JSON
     * @throws VerifyRequest.Invalid when it is JSON but not a verify request
     */
    static VerifyRequest read(byte[] body) throws IOException {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                if (parser.currentToken() != null) {
                    parser.skipChildren();
                }
                throw new VerifyRequest.Invalid("The body must be a JSON object.");
            }
            Map<String, Object> fields = new HashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                fields.put(
                        name,
                        switch (name) {
                            case "headers", "context" -> values(parser, name);
                            default -> scalar(parser, value);
                        });
            }
            return VerifyRequest.of(new Fields(fields));
        }
    }

    /** The fields read: a String, null (JSON null), a map of values, or a deferred problem. */
    record Fields(Map<String, Object> fields) {

        String text(String field, boolean required) {
            Object value = fields.get(field);
            if (value == null) {
                if (required) {
                    throw new VerifyRequest.Invalid(field + " is required.");
                }
                return null;
            }
            if (!(value instanceof String text)) {
                throw new VerifyRequest.Invalid(field + " must be a string.");
            }
            return text;
        }

        @SuppressWarnings("unchecked")
        Map<String, List<String>> values(String field) {
            Object value = fields.get(field);
            if (value instanceof VerifyRequest.Invalid problem) {
                throw problem;
            }
            return value == null ? new LinkedHashMap<>() : (Map<String, List<String>>) value;
        }
    }

    private static Object scalar(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        parser.skipChildren();
        return NOT_A_STRING;
    }

    /** {name: value or [values]}, strings only; null reads as none. */
    private static Object values(JsonParser parser, String field) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return new VerifyRequest.Invalid(
                    field + " must be an object of name to value or values.");
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        VerifyRequest.Invalid problem = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.VALUE_STRING) {
                out.put(name, List.of(parser.getText()));
            } else if (value == JsonToken.START_ARRAY) {
                List<String> list = new ArrayList<>(2);
                boolean strings = true;
                for (JsonToken item = parser.nextToken();
                        item != JsonToken.END_ARRAY;
                        item = parser.nextToken()) {
                    if (item == JsonToken.VALUE_STRING) {
                        list.add(parser.getText());
                    } else {
                        parser.skipChildren();
                        strings = false;
                    }
                }
                if (!strings && problem == null) {
                    problem = new VerifyRequest.Invalid(field + "." + name + " must hold strings.");
                }
                out.put(name, list);
            } else {
                parser.skipChildren();
                if (problem == null) {
                    problem =
                            new VerifyRequest.Invalid(
                                    field + "." + name + " must be a string or strings.");
                }
            }
        }
        return problem != null ? problem : out;
    }
}
