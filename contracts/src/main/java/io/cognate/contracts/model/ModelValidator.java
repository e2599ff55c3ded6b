package io.cognate.contracts.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.contracts.aws.error.SerializationException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a request against its operation's input shape before any operation code runs, so that
 * callers get the errors AWS gives: a {@link SerializationException} when the JSON does not have
 * the modeled types, otherwise one {@link InvalidParameterException} listing every constraint
 * violation in AWS's words ({@code 2 validation errors detected: Value 'x' at 'poolName' failed to
 * satisfy constraint: ...}). Unknown members are ignored, as AWS ignores them. Values of sensitive
 * shapes never appear in messages.
 *
 * <p>Thread-safe; build one per service model and share it.
 */
public final class ModelValidator {

    private final ServiceModel model;
    private final ScalarRules rules = new ScalarRules();

    public ModelValidator(ServiceModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * @param input the request body; null or missing counts as {@code {}}
     * @throws SerializationException when the body does not have the modeled JSON types
     * @throws InvalidParameterException listing every constraint the body violates
     */
    public void validate(OperationModel operation, JsonNode input) {
        JsonNode body =
                input == null || input.isMissingNode()
                        ? JsonNodeFactory.instance.objectNode()
                        : input;
        if (!body.isObject()) {
            throw new SerializationException("The request body must be a JSON object.");
        }
        if (operation.inputShape() == null) {
            return;
        }
        List<String> violations = new ArrayList<>();
        structure(Shape.of(model, operation.inputShape()), body, "", violations);
        if (!violations.isEmpty()) {
            throw new InvalidParameterException(Violations.summary(violations));
        }
    }

    private void visit(Shape shape, JsonNode value, String path, List<String> out) {
        JsonTypes.require(shape, value, path);
        switch (shape.type()) {
            case "structure" -> structure(shape, value, path, out);
            case "list" -> list(shape, value, path, out);
            case "map" -> map(shape, value, path, out);
            default -> {
                for (String rule : rules.check(shape, value)) {
                    out.add(Violations.of(shape, value, path, rule));
                }
            }
        }
    }

    private void structure(Shape shape, JsonNode value, String path, List<String> out) {
        if (shape.document()) {
            return;
        }
        Set<String> required = shape.required();
        for (Map.Entry<String, Shape> member : shape.members().entrySet()) {
            JsonNode memberValue = value.get(member.getKey());
            if (memberValue != null && !memberValue.isNull()) {
                if (WebhookUrls.accepts(shape, member.getKey(), memberValue)) {
                    continue;
                }
                visit(
                        member.getValue(),
                        memberValue,
                        Violations.memberPath(path, member.getKey()),
                        out);
            } else if (required.contains(member.getKey())) {
                out.add(Violations.missing(Violations.memberPath(path, member.getKey())));
            }
        }
    }

    private void list(Shape shape, JsonNode value, String path, List<String> out) {
        rules.size(shape, value.size())
                .forEach(rule -> out.add(Violations.of(shape, value, path, rule)));
        Shape member = shape.listMember();
        for (int i = 0; i < value.size(); i++) {
            element(member, value.get(i), path + "." + (i + 1) + ".member", out);
        }
    }

    private void map(Shape shape, JsonNode value, String path, List<String> out) {
        rules.size(shape, value.size())
                .forEach(rule -> out.add(Violations.of(shape, value, path, rule)));
        Shape key = shape.mapKey();
        Shape entryValue = shape.mapValue();
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getValue().isNull()) {
                // Cognito reads a null map value as an absent entry (amazon-cognito-identity-js
                // refreshes with AuthParameters.DEVICE_KEY = null): dropped before deserialization.
                it.remove();
                continue;
            }
            TextNode keyNode = TextNode.valueOf(entry.getKey());
            List<String> keyRules = rules.check(key, keyNode);
            if (!keyRules.isEmpty()) {
                String rule = "Map keys must satisfy constraint: " + keyRules;
                out.add(Violations.of(key, keyNode, path, rule));
            }
            element(entryValue, entry.getValue(), path + "." + entry.getKey(), out);
        }
    }

    /** List items must be present: a null inside a list is malformed. */
    private void element(Shape shape, JsonNode value, String path, List<String> out) {
        if (value.isNull()) {
            throw new SerializationException("Null value at '" + path + "' is not allowed.");
        }
        visit(shape, value, path, out);
    }
}
