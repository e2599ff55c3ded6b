package io.cognate.userpool.userpool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.contracts.aws.error.InvalidParameterException;
import java.util.HashSet;
import java.util.Set;

/**
 * Custom attributes as Cognito defines them: a requested {@code Name} becomes {@code custom:Name},
 * or {@code dev:Name} when {@code DeveloperOnlyAttribute} is true (the model's documentation of
 * SchemaAttributeType.Name); they are never required, and a pool has at most 50 of them.
 */
final class CustomAttributes {

    static final int MAX_PER_POOL = 50;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private CustomAttributes() {}

    /** The stored form of one requested custom attribute, with Cognito's defaults. */
    static ObjectNode define(JsonNode item) {
        String name = storedName(item);
        if (item.path("Required").asBoolean(false)) {
            throw new InvalidParameterException(
                    "Required custom attributes are not supported currently.");
        }
        String type = item.path("AttributeDataType").asText("String");
        SchemaRules.requireConsistentConstraints(name, type, item);
        ObjectNode custom = JSON.objectNode();
        custom.put("Name", name);
        custom.put("AttributeDataType", type);
        custom.put("DeveloperOnlyAttribute", isDeveloperOnly(item));
        custom.put("Mutable", item.path("Mutable").asBoolean(true));
        custom.put("Required", false);
        copyIfPresent(item, custom, "StringAttributeConstraints");
        copyIfPresent(item, custom, "NumberAttributeConstraints");
        return custom;
    }

    /** AddCustomAttributes: the schema with the requested attributes appended in order. */
    static ArrayNode append(JsonNode schema, JsonNode requested) {
        ArrayNode appended = schema instanceof ArrayNode list ? list.deepCopy() : JSON.arrayNode();
        Set<String> names = new HashSet<>();
        schema.forEach(attribute -> names.add(attribute.path("Name").asText()));
        for (JsonNode item : requested) {
            ObjectNode custom = define(item);
            String name = custom.get("Name").asText();
            if (!names.add(name)) {
                throw new InvalidParameterException(
                        "Existing attribute already has name " + name + ".");
            }
            appended.add(custom);
        }
        requireWithinLimit(appended);
        return appended;
    }

    static boolean isDeveloperOnly(JsonNode item) {
        return item.path("DeveloperOnlyAttribute").asBoolean(false);
    }

    static boolean isCustom(String name) {
        return name.startsWith("custom:") || name.startsWith("dev:");
    }

    static void requireWithinLimit(Iterable<? extends JsonNode> schema) {
        int custom = 0;
        for (JsonNode attribute : schema) {
            if (isCustom(attribute.path("Name").asText())) {
                custom++;
            }
        }
        if (custom > MAX_PER_POOL) {
            throw new InvalidParameterException(
                    "A user pool can have at most "
                            + MAX_PER_POOL
                            + " custom attributes; this request would give it "
                            + custom
                            + ".");
        }
    }

    /** Callers may name an attribute with or without its prefix; the stored name has one. */
    private static String storedName(JsonNode item) {
        String name = item.path("Name").asText();
        for (String prefix : new String[] {"custom:", "dev:"}) {
            if (name.startsWith(prefix)) {
                name = name.substring(prefix.length());
            }
        }
        if (name.isEmpty()) {
            throw new InvalidParameterException("A custom attribute needs a name.");
        }
        return (isDeveloperOnly(item) ? "dev:" : "custom:") + name;
    }

    private static void copyIfPresent(JsonNode from, ObjectNode to, String member) {
        if (from.has(member)) {
            to.set(member, from.get(member).deepCopy());
        }
    }
}
