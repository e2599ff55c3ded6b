package io.cognate.userpool.userpool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.contracts.aws.error.InvalidParameterException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The standard OIDC attributes every Cognito pool has, in Cognito's order and with its constraints,
 * merged with the {@code Schema} a caller passes to CreateUserPool: standard names adjust the
 * standard attribute, other names become {@code custom:} attributes.
 */
final class StandardSchema {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> STRINGS =
            List.of(
                    "name",
                    "given_name",
                    "family_name",
                    "middle_name",
                    "nickname",
                    "preferred_username",
                    "profile",
                    "picture",
                    "website",
                    "email");

    private StandardSchema() {}

    static ArrayNode merge(JsonNode requested) {
        Map<String, ObjectNode> attributes = standard();
        for (JsonNode item : requested == null ? JSON.arrayNode() : requested) {
            String name = item.path("Name").asText();
            ObjectNode standard = attributes.get(name);
            if (standard != null) {
                adjust(standard, item);
            } else {
                ObjectNode custom = custom(item);
                attributes.put(custom.get("Name").asText(), custom);
            }
        }
        ArrayNode merged = JSON.arrayNode();
        attributes.values().forEach(merged::add);
        return merged;
    }

    private static void adjust(ObjectNode standard, JsonNode item) {
        copyIfPresent(item, standard, "Required");
        copyIfPresent(item, standard, "Mutable");
        copyIfPresent(item, standard, "StringAttributeConstraints");
        copyIfPresent(item, standard, "NumberAttributeConstraints");
    }

    private static ObjectNode custom(JsonNode item) {
        if (item.path("Required").asBoolean(false)) {
            throw new InvalidParameterException(
                    "Required custom attributes are not supported currently.");
        }
        String name = item.path("Name").asText();
        ObjectNode custom = JSON.objectNode();
        custom.put("Name", name.startsWith("custom:") ? name : "custom:" + name);
        custom.put("AttributeDataType", item.path("AttributeDataType").asText("String"));
        custom.put("DeveloperOnlyAttribute", item.path("DeveloperOnlyAttribute").asBoolean(false));
        custom.put("Mutable", item.path("Mutable").asBoolean(true));
        custom.put("Required", false);
        copyIfPresent(item, custom, "StringAttributeConstraints");
        copyIfPresent(item, custom, "NumberAttributeConstraints");
        return custom;
    }

    private static Map<String, ObjectNode> standard() {
        Map<String, ObjectNode> attributes = new LinkedHashMap<>();
        put(
                attributes,
                attribute("sub", "String", false, true)
                        .set("StringAttributeConstraints", lengths(1, 2048)));
        STRINGS.forEach(n -> put(attributes, stringAttribute(n)));
        put(attributes, attribute("email_verified", "Boolean", true, false));
        put(attributes, stringAttribute("gender"));
        put(
                attributes,
                attribute("birthdate", "String", true, false)
                        .set("StringAttributeConstraints", lengths(10, 10)));
        put(attributes, stringAttribute("zoneinfo"));
        put(attributes, stringAttribute("locale"));
        put(attributes, stringAttribute("phone_number"));
        put(attributes, attribute("phone_number_verified", "Boolean", true, false));
        put(attributes, stringAttribute("address"));
        ObjectNode updatedAt = attribute("updated_at", "Number", true, false);
        updatedAt.set("NumberAttributeConstraints", JSON.objectNode().put("MinValue", "0"));
        put(attributes, updatedAt);
        put(attributes, stringAttribute("identities"));
        return attributes;
    }

    private static void put(Map<String, ObjectNode> attributes, JsonNode attribute) {
        attributes.put(attribute.get("Name").asText(), (ObjectNode) attribute);
    }

    private static ObjectNode stringAttribute(String name) {
        ObjectNode attribute = attribute(name, "String", true, false);
        attribute.set("StringAttributeConstraints", lengths(0, 2048));
        return attribute;
    }

    private static ObjectNode attribute(
            String name, String type, boolean mutable, boolean required) {
        return JSON.objectNode()
                .put("Name", name)
                .put("AttributeDataType", type)
                .put("DeveloperOnlyAttribute", false)
                .put("Mutable", mutable)
                .put("Required", required);
    }

    private static ObjectNode lengths(int min, int max) {
        return JSON.objectNode()
                .put("MinLength", String.valueOf(min))
                .put("MaxLength", String.valueOf(max));
    }

    private static void copyIfPresent(JsonNode from, ObjectNode to, String member) {
        if (from.has(member)) {
            to.set(member, from.get(member).deepCopy());
        }
    }
}
