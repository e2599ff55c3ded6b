package io.cognate.broker.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The body of {@code POST /internal/simulate}, read strictly: every problem is a {@link
 * InvalidSimulation} naming the field, so the endpoint answers 400 and never 500.
 */
record SimulationRequest(List<NamedPolicy> policies, AccessRequest request) {

    /** A body that is not a simulation request; the message names the field. */
    static final class InvalidSimulation extends RuntimeException {
        InvalidSimulation(String message) {
            super(message, null, false, false);
        }
    }

    static final int MAX_POLICIES = 20;

    static SimulationRequest from(JsonNode body, Instant now) {
        if (body == null || !body.isObject()) {
            throw new InvalidSimulation("The body must be a JSON object.");
        }
        PolicyKind kind = policyKind(body.get("policyType"));
        List<NamedPolicy> policies = policies(body.get("policies"), kind);
        String action = requiredText(body, "action");
        String resource = body.hasNonNull("resource") ? requiredText(body, "resource") : "*";
        ConditionContext.Builder context = ConditionContext.builder();
        context(body.get("context"), context);
        principalTags(body.get("principalTags"), context);
        context.currentTimeIfAbsent(now);
        CallerPrincipal principal = principal(body.get("principal"));
        return new SimulationRequest(
                policies, new AccessRequest(action, resource, principal, context.build()));
    }

    private static PolicyKind policyKind(JsonNode node) {
        if (node == null || node.isNull()) {
            return PolicyKind.IDENTITY;
        }
        try {
            return PolicyKind.valueOf(node.asText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSimulation("policyType must be IDENTITY or TRUST.");
        }
    }

    private static List<NamedPolicy> policies(JsonNode node, PolicyKind kind) {
        if (node == null || !node.isArray() || node.isEmpty() || node.size() > MAX_POLICIES) {
            throw new InvalidSimulation(
                    "policies must be an array of 1 to " + MAX_POLICIES + " policies.");
        }
        List<NamedPolicy> policies = new ArrayList<>();
        for (JsonNode policy : node) {
            if (!policy.isObject()) {
                throw new InvalidSimulation("Each policy must be an object {name, document}.");
            }
            String name = requiredText(policy, "name");
            JsonNode document = policy.get("document");
            String json;
            if (document != null && document.isTextual()) {
                json = document.asText();
            } else if (document != null && document.isObject()) {
                json = document.toString();
            } else {
                throw new InvalidSimulation(
                        "policies[].document must be a policy document (object or string).");
            }
            policies.add(new NamedPolicy(name, PolicyDocument.parse(json, kind)));
        }
        return policies;
    }

    private static void context(JsonNode node, ConditionContext.Builder context) {
        if (node == null || node.isNull()) {
            return;
        }
        if (!node.isObject()) {
            throw new InvalidSimulation("context must be an object of key to value or values.");
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isArray()) {
                List<String> values = new ArrayList<>();
                value.forEach(item -> values.add(scalar(item, field.getKey())));
                context.put(field.getKey(), values);
            } else {
                context.put(field.getKey(), scalar(value, field.getKey()));
            }
        }
    }

    private static void principalTags(JsonNode node, ConditionContext.Builder context) {
        if (node == null || node.isNull()) {
            return;
        }
        if (!node.isObject()) {
            throw new InvalidSimulation("principalTags must be an object of tag key to value.");
        }
        node.fields()
                .forEachRemaining(
                        tag ->
                                context.principalTag(
                                        tag.getKey(), scalar(tag.getValue(), tag.getKey())));
    }

    private static CallerPrincipal principal(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new InvalidSimulation("principal must be an object {type, id}.");
        }
        String type = requiredText(node, "type");
        String id = requiredText(node, "id");
        return switch (type.toUpperCase(Locale.ROOT)) {
            case "AWS" -> CallerPrincipal.aws(id);
            case "FEDERATED" -> CallerPrincipal.federated(id);
            case "SERVICE" -> CallerPrincipal.service(id);
            default ->
                    throw new InvalidSimulation(
                            "principal.type must be AWS, Federated or Service.");
        };
    }

    private static String requiredText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new InvalidSimulation(field + " must be a non-empty string.");
        }
        return value.asText();
    }

    private static String scalar(JsonNode value, String key) {
        if (value.isTextual() || value.isNumber() || value.isBoolean()) {
            return value.asText();
        }
        throw new InvalidSimulation(
                "The value of " + key + " must be a string, number or boolean.");
    }
}
