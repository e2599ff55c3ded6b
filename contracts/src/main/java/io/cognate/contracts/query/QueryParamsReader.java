package io.cognate.contracts.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.contracts.model.Shape;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds the JSON request an operation expects from the Query protocol's flattened parameters,
 * guided by the input shape: {@code RoleArn=…}, nested {@code Foo.Bar=…}, lists as {@code
 * Tags.member.1.Key=…} and maps as {@code Attrs.entry.1.key=…}/{@code .value=…}. The result then
 * goes through the same model validation and deserialization as a JSON body.
 *
 * <p>Values that do not parse as their type (an integer {@code abc}) stay strings, so the validator
 * reports them. Parameters the shape does not know are ignored, as AWS ignores them.
 */
final class QueryParamsReader {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Deeper nesting than any AWS Query shape has; bounds recursion on recursive shapes. */
    private static final int MAX_DEPTH = 32;

    private QueryParamsReader() {}

    static ObjectNode read(Shape input, Map<String, String> params) {
        Node root = new Node();
        params.forEach((name, value) -> root.put(name.split("\\.", -1), value));
        return value(input, root, 0) instanceof ObjectNode object ? object : JSON.objectNode();
    }

    private static JsonNode value(Shape shape, Node node, int depth) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        return switch (shape.type()) {
            case "structure" -> structure(shape, node, depth);
            case "list" -> list(shape, node, depth);
            case "map" -> map(shape, node, depth);
            default -> node.value == null ? null : scalar(shape.type(), node.value);
        };
    }

    private static JsonNode structure(Shape shape, Node node, int depth) {
        ObjectNode object = JSON.objectNode();
        shape.members()
                .forEach(
                        (name, member) -> {
                            Node child = node.children.get(name);
                            JsonNode value = child == null ? null : value(member, child, depth + 1);
                            if (value != null) {
                                object.set(name, value);
                            }
                        });
        return object;
    }

    /** {@code Foo=} alone is how the SDKs send an empty list. */
    private static JsonNode list(Shape shape, Node node, int depth) {
        ArrayNode array = JSON.arrayNode();
        Node items = shape.flattened() ? node : node.children.get(shape.listMemberName());
        if (items != null) {
            for (Node item : items.indexed()) {
                JsonNode value = value(shape.listMember(), item, depth + 1);
                if (value != null) {
                    array.add(value);
                }
            }
        }
        return array;
    }

    private static JsonNode map(Shape shape, Node node, int depth) {
        ObjectNode object = JSON.objectNode();
        Node entries = shape.flattened() ? node : node.children.get("entry");
        if (entries != null) {
            for (Node entry : entries.indexed()) {
                Node key = entry.children.get("key");
                Node value = entry.children.get("value");
                JsonNode parsed = value == null ? null : value(shape.mapValue(), value, depth + 1);
                if (key != null && key.value != null && parsed != null) {
                    object.set(key.value, parsed);
                }
            }
        }
        return object;
    }

    private static JsonNode scalar(String type, String text) {
        try {
            return switch (type) {
                case "integer", "long" -> JSON.numberNode(Long.parseLong(text));
                case "float", "double" -> JSON.numberNode(new BigDecimal(text));
                case "boolean" ->
                        "true".equals(text) || "false".equals(text)
                                ? JSON.booleanNode(Boolean.parseBoolean(text))
                                : JSON.textNode(text);
                default -> JSON.textNode(text);
            };
        } catch (NumberFormatException e) {
            return JSON.textNode(text);
        }
    }

    /**
     * One level of dotted parameter names: {@code Tags} → {@code member} → {@code 1} → {@code Key}.
     */
    private static final class Node {
        private final Map<String, Node> children = new HashMap<>();
        private String value;

        void put(String[] path, String text) {
            Node node = this;
            for (String segment : path) {
                node = node.children.computeIfAbsent(segment, s -> new Node());
            }
            node.value = text;
        }

        /** Children named 1, 2, 3…, in numeric order; gaps are closed. */
        List<Node> indexed() {
            return children.entrySet().stream()
                    .filter(e -> e.getKey().matches("[1-9][0-9]{0,8}"))
                    .sorted(Comparator.comparingInt(e -> Integer.parseInt(e.getKey())))
                    .map(Map.Entry::getValue)
                    .toList();
        }
    }
}
