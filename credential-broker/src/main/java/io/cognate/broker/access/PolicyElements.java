package io.cognate.broker.access;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The grammar of single policy elements ({@code Sid}, {@code Principal}, {@code Condition}, lists).
 */
final class PolicyElements {

    private static final Set<String> PRINCIPAL_TYPES =
            Set.of("AWS", "Service", "Federated", "CanonicalUser");
    private static final Pattern SID = Pattern.compile("[0-9A-Za-z]*");

    private PolicyElements() {}

    static void sid(JsonNode sid, Set<String> sids) {
        if (sid == null) {
            return;
        }
        if (!sid.isTextual() || !SID.matcher(sid.asText()).matches()) {
            throw PolicyDocumentValidator.malformed(
                    "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies"
                            + " the regular expression [0-9A-Za-z]*");
        }
        if (!sid.asText().isEmpty() && !sids.add(sid.asText())) {
            throw PolicyDocumentValidator.malformed(
                    "Statement IDs (SID) in a single policy must be unique.");
        }
    }

    static void principal(JsonNode principal) {
        if (principal.isTextual() && principal.asText().equals("*")) {
            return;
        }
        if (!principal.isObject() || principal.isEmpty()) {
            throw PolicyDocumentValidator.malformed("Invalid principal in policy");
        }
        principal
                .fields()
                .forEachRemaining(
                        entry -> {
                            if (!PRINCIPAL_TYPES.contains(entry.getKey())) {
                                throw PolicyDocumentValidator.malformed(
                                        "Invalid principal in policy: \"" + entry.getKey() + "\"");
                            }
                            for (String value : strings(entry.getValue())) {
                                if (value.isEmpty()
                                        || ("AWS".equals(entry.getKey()) && !awsPrincipal(value))) {
                                    throw PolicyDocumentValidator.malformed(
                                            "Invalid principal in policy: \"AWS\":\""
                                                    + value
                                                    + "\"");
                                }
                            }
                        });
    }

    static boolean awsPrincipal(String value) {
        return value.equals("*")
                || value.matches("[0-9]{12}")
                || value.matches("arn:aws:(iam|sts)::[0-9]{12}:.+");
    }

    static void condition(JsonNode condition) {
        if (!condition.isObject()) {
            throw PolicyDocumentValidator.malformed(PolicyDocumentValidator.SYNTAX);
        }
        condition.forEach(
                operator -> {
                    if (!operator.isObject() || operator.isEmpty()) {
                        throw PolicyDocumentValidator.malformed(PolicyDocumentValidator.SYNTAX);
                    }
                    operator.forEach(
                            values -> {
                                boolean scalar = values.isValueNode() && !values.isNull();
                                boolean list = values.isArray();
                                values.forEach(
                                        v -> {
                                            if (!v.isValueNode() || v.isNull()) {
                                                throw PolicyDocumentValidator.malformed(
                                                        PolicyDocumentValidator.SYNTAX);
                                            }
                                        });
                                if (!scalar && !list) {
                                    throw PolicyDocumentValidator.malformed(
                                            PolicyDocumentValidator.SYNTAX);
                                }
                            });
                });
    }

    /** A string or a non-empty array of strings. */
    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isTextual()) {
            out.add(node.asText());
        } else if (node.isArray() && !node.isEmpty()) {
            node.forEach(
                    item -> {
                        if (!item.isTextual()) {
                            throw PolicyDocumentValidator.malformed(PolicyDocumentValidator.SYNTAX);
                        }
                        out.add(item.asText());
                    });
        } else {
            throw PolicyDocumentValidator.malformed(PolicyDocumentValidator.SYNTAX);
        }
        return out;
    }
}
