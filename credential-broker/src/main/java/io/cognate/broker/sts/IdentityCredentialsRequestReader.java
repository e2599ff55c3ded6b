package io.cognate.broker.sts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an {@link IdentityCredentialsRequest} straight off the body's bytes with Jackson's
 * streaming parser: the mapper's record binding (creator lookup, property buffering) was about a
 * twentieth of the broker's CPU per issued credential. As the mapper read it: AWS JSON casing,
 * unknown members ignored, a repeated member's last value counts, JSON null is null, and scalars
 * are accepted as strings. Anything else (a list that is not an array of strings, tags that are not
 * an object of strings, a duration that is not an integer, content after the object) is refused
 * with {@link IOException}, which the caller answers as a ValidationError.
 */
final class IdentityCredentialsRequestReader {

    private static final JsonFactory JSON = new JsonFactory();

    private IdentityCredentialsRequestReader() {}

    static IdentityCredentialsRequest read(byte[] body) throws IOException {
        if (body == null) {
            throw new IOException("No body");
        }
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("Not a JSON object");
            }
            String roleArn = null;
            String identityPoolId = null;
            String identityId = null;
            List<String> amr = null;
            Map<String, String> principalTags = null;
            Integer durationSeconds = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                switch (name) {
                    case "RoleArn" -> roleArn = string(parser);
                    case "IdentityPoolId" -> identityPoolId = string(parser);
                    case "IdentityId" -> identityId = string(parser);
                    case "Amr" -> amr = strings(parser);
                    case "PrincipalTags" -> principalTags = tags(parser);
                    case "DurationSeconds" -> durationSeconds = integer(parser);
                    default -> parser.skipChildren();
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new IOException("Trailing content");
            }
            return new IdentityCredentialsRequest(
                    roleArn, identityPoolId, identityId, amr, principalTags, durationSeconds);
        }
    }

    private static String string(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!token.isScalarValue()) {
            throw new IOException("Not a string");
        }
        return parser.getValueAsString();
    }

    private static List<String> strings(JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new IOException("Not an array");
        }
        List<String> values = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            values.add(string(parser));
        }
        return values;
    }

    private static Map<String, String> tags(JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new IOException("Not an object");
        }
        Map<String, String> tags = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            tags.put(key, string(parser));
        }
        return tags;
    }

    private static Integer integer(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_NULL -> null;
            case VALUE_NUMBER_INT -> parser.getIntValue();
            case VALUE_STRING -> parseInteger(parser.getText());
            default -> throw new IOException("Not an integer");
        };
    }

    private static Integer parseInteger(String text) throws IOException {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new IOException("Not an integer", e);
        }
    }
}
