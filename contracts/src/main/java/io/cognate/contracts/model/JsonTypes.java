package io.cognate.contracts.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.cognate.contracts.aws.error.SerializationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;

/**
 * Whether a JSON value has the type its shape demands. A mismatch is a malformed request, which AWS
 * JSON services answer with {@code SerializationException} rather than a validation error.
 */
final class JsonTypes {

    /** {@link Instant#MAX} in epoch seconds: larger numbers cannot be a timestamp. */
    private static final BigDecimal MAX_EPOCH_SECONDS =
            BigDecimal.valueOf(Instant.MAX.getEpochSecond());

    private JsonTypes() {}

    static void require(Shape shape, JsonNode value, String path) {
        if (!conforms(shape, value)) {
            throw new SerializationException(
                    "Expected "
                            + expected(shape.type())
                            + " at '"
                            + path
                            + "' but found "
                            + value.getNodeType().name().toLowerCase(Locale.ROOT)
                            + ".");
        }
    }

    private static boolean conforms(Shape shape, JsonNode value) {
        return switch (shape.type()) {
            case "structure" -> shape.document() || value.isObject();
            case "map" -> value.isObject();
            case "list" -> value.isArray();
            case "string" -> value.isTextual();
            case "boolean" -> value.isBoolean();
            case "integer" -> value.isIntegralNumber() && value.canConvertToInt();
            case "long" -> value.isIntegralNumber() && value.canConvertToLong();
            case "float", "double" -> value.isNumber();
            case "timestamp" -> isTimestamp(value);
            case "blob" -> value.isTextual() && isBase64(value.textValue());
            default -> true;
        };
    }

    private static String expected(String type) {
        return switch (type) {
            case "structure", "map" -> "an object";
            case "list" -> "an array";
            case "string" -> "a string";
            case "boolean" -> "a boolean";
            case "integer" -> "a 32-bit integer";
            case "long" -> "a 64-bit integer";
            case "timestamp" -> "a timestamp (epoch seconds or ISO-8601)";
            case "blob" -> "a base64-encoded string";
            default -> "a number";
        };
    }

    private static boolean isTimestamp(JsonNode value) {
        if (value.isNumber()) {
            return (!value.isDouble() || Double.isFinite(value.doubleValue()))
                    && value.decimalValue().abs().compareTo(MAX_EPOCH_SECONDS) <= 0;
        }
        if (!value.isTextual()) {
            return false;
        }
        try {
            Instant.parse(value.textValue());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isBase64(String text) {
        try {
            Base64.getDecoder().decode(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
