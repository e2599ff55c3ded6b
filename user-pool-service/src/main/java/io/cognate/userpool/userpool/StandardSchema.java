package io.cognate.userpool.userpool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.contracts.aws.error.InvalidParameterException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The standard OIDC attributes every Cognito pool has, in Cognito's order and with its constraints,
 * merged with the {@code Schema} a caller passes to CreateUserPool: standard names adjust the
 * standard attribute (within {@link SchemaRules}), other names become custom attributes ({@link
 * CustomAttributes}).
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
        Set<String> named = new HashSet<>();
        for (JsonNode item : requested == null ? JSON.arrayNode() : requested) {
            String name = item.path("Name").asText();
            if (!named.add(name)) {
                throw new InvalidParameterException(
                        "Schema names attribute " + name + " more than once.");
            }
            // A developer-only item always defines a dev: attribute, even under a standard name;
            // a prefixed name never adjusts a standard attribute (nor one defined just before).
            ObjectNode standard =
                    CustomAttributes.isDeveloperOnly(item) || CustomAttributes.isCustom(name)
                            ? null
                            : attributes.get(name);
            if (standard != null) {
                SchemaRules.requireCompatibleWithStandard(standard, item);
                adjust(standard, item);
            } else {
                ObjectNode custom = CustomAttributes.define(item);
                String stored = custom.get("Name").asText();
                if (attributes.containsKey(stored)) {
                    throw new InvalidParameterException(
                            "Schema names attribute " + stored + " more than once.");
                }
                attributes.put(stored, custom);
            }
        }
        CustomAttributes.requireWithinLimit(attributes.values());
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
