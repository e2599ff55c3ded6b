package io.cognate.contracts.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * AWS's wording for constraint violations. Values are quoted as given, except that a sensitive
 * value is left out entirely ({@code Value at 'password'}) and sensitive parts of a collection are
 * redacted.
 */
final class Violations {

    private static final String REDACTED = "*** Sensitive Data Redacted ***";

    private Violations() {}

    static String summary(List<String> violations) {
        int count = violations.size();
        return count
                + (count == 1 ? " validation error detected: " : " validation errors detected: ")
                + String.join("; ", violations);
    }

    static String missing(String path) {
        return "Value null at '" + path + "' failed to satisfy constraint: Member must not be null";
    }

    static String of(Shape shape, JsonNode value, String path, String constraint) {
        String shown = shape.sensitive() ? "" : "'" + render(shape, value) + "' ";
        return "Value " + shown + "at '" + path + "' failed to satisfy constraint: " + constraint;
    }

    /**
     * AWS paths use the lowerCamelCase member name: {@code policies.passwordPolicy.minimumLength}.
     */
    static String memberPath(String parent, String member) {
        String name =
                member.isEmpty()
                        ? member
                        : member.substring(0, 1).toLowerCase(Locale.ROOT) + member.substring(1);
        return parent.isEmpty() ? name : parent + "." + name;
    }

    private static String render(Shape shape, JsonNode value) {
        if (shape.sensitive()) {
            return REDACTED;
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(render(shape.listMember(), item)));
            return items.toString();
        }
        if (value.isObject() && shape.type().equals("map")) {
            List<String> entries = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String key = shape.mapKey().sensitive() ? REDACTED : entry.getKey();
                entries.add(key + "=" + render(shape.mapValue(), entry.getValue()));
            }
            return "{" + String.join(", ", entries) + "}";
        }
        if (value.isObject() && shape.type().equals("structure") && !shape.document()) {
            List<String> members = new ArrayList<>();
            for (Map.Entry<String, Shape> member : shape.members().entrySet()) {
                JsonNode memberValue = value.get(member.getKey());
                if (memberValue != null && !memberValue.isNull()) {
                    members.add(member.getKey() + ": " + render(member.getValue(), memberValue));
                }
            }
            return "{" + String.join(",", members) + "}";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
