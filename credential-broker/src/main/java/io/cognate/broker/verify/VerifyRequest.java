package io.cognate.broker.verify;

import com.fasterxml.jackson.databind.JsonNode;
import io.cognate.broker.access.SessionKeys;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The body of {@code POST /internal/verify}, read strictly: every problem is an {@link Invalid}
 * naming the field, so the endpoint answers 400 and never 500.
 *
 * @param method the HTTP method as received
 * @param path the raw (still percent-encoded) path
 * @param query the raw query string without {@code ?}
 * @param headers every header as received; names case-insensitive
 * @param bodySha256 the lower-case hex SHA-256 of the body as received
 * @param action the action to decide, {@code service:Action}
 * @param resource the resource ARN, {@code *} when absent
 * @param service the SigV4 signing name the request must be scoped to; the action's prefix when
 *     absent
 * @param context request condition keys ({@code aws:SourceIp}, service keys); never principal keys
 */
record VerifyRequest(
        String method,
        String path,
        String query,
        Map<String, List<String>> headers,
        String bodySha256,
        String action,
        String resource,
        String service,
        Map<String, List<String>> context) {

    /** A body that is not a verify request; the message names the field. */
    static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern ACTION = Pattern.compile("[A-Za-z0-9-]+:[A-Za-z0-9*?]+");

    static VerifyRequest from(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new Invalid("The body must be a JSON object.");
        }
        String action = text(body, "action", true);
        if (!ACTION.matcher(action).matches()) {
            throw new Invalid("action must be service:Action.");
        }
        String hash = text(body, "bodySha256", true);
        if (!SHA256.matcher(hash).matches()) {
            throw new Invalid("bodySha256 must be 64 lower-case hex digits.");
        }
        Map<String, List<String>> context = values(body.get("context"), "context");
        context.keySet().stream()
                .filter(key -> !SessionKeys.isRequestKey(key))
                .findFirst()
                .ifPresent(
                        key -> {
                            throw new Invalid(
                                    "context key "
                                            + key
                                            + " describes the principal; only the"
                                            + " credentials may set it.");
                        });
        return new VerifyRequest(
                text(body, "method", true),
                text(body, "path", true),
                Optional.ofNullable(text(body, "query", false)).orElse(""),
                values(body.get("headers"), "headers"),
                hash,
                action,
                Optional.ofNullable(text(body, "resource", false)).orElse("*"),
                Optional.ofNullable(text(body, "service", false))
                        .orElse(action.substring(0, action.indexOf(':'))),
                context);
    }

    private static String text(JsonNode body, String field, boolean required) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw new Invalid(field + " is required.");
            }
            return null;
        }
        if (!node.isTextual()) {
            throw new Invalid(field + " must be a string.");
        }
        return node.asText();
    }

    /** {name: value or [values]}, strings only. */
    private static Map<String, List<String>> values(JsonNode node, String field) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw new Invalid(field + " must be an object of name to value or values.");
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            List<String> list = new ArrayList<>();
            JsonNode value = entry.getValue();
            if (value.isTextual()) {
                list.add(value.asText());
            } else if (value.isArray()) {
                for (JsonNode item : value) {
                    if (!item.isTextual()) {
                        throw new Invalid(field + "." + entry.getKey() + " must hold strings.");
                    }
                    list.add(item.asText());
                }
            } else {
                throw new Invalid(field + "." + entry.getKey() + " must be a string or strings.");
            }
            out.put(entry.getKey(), list);
        }
        return out;
    }
}
