package io.cognate.broker.policy;

import static io.cognate.broker.policy.MalformedPolicyDocument.SYNTAX;
import static io.cognate.broker.policy.PolicyParser.malformed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The element grammars of a statement: actions, resources, principals and conditions. */
final class ElementParsers {

    private static final Pattern VENDOR = Pattern.compile("[A-Za-z0-9-]+");
    private static final String VENDOR_MESSAGE =
            "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.";

    private ElementParsers() {}

    static ActionElement action(JsonNode node, boolean negated) {
        List<String> actions = strings(node);
        if (actions.isEmpty()) {
            throw malformed("Policy statement must contain actions.");
        }
        List<Glob> patterns = new ArrayList<>();
        for (String action : actions) {
            if (!action.equals("*")) {
                requireVendorPrefix(action);
                if (action.indexOf(':') != action.lastIndexOf(':')) {
                    throw malformed("Actions/Condition can contain only one colon.");
                }
            }
            patterns.add(Glob.pattern(action));
        }
        return new ActionElement(List.copyOf(patterns), negated);
    }

    static ResourceElement resource(JsonNode node, boolean negated, boolean variables) {
        List<String> resources = strings(node);
        if (resources.isEmpty()) {
            throw malformed("Policy statement must contain resources.");
        }
        List<PolicyString> patterns = new ArrayList<>();
        for (String resource : resources) {
            if (!resource.equals("*")
                    && (!resource.startsWith("arn:") || resource.split(":", 6).length < 6)) {
                throw malformed("Resource " + resource + " must be in ARN format or \"*\".");
            }
            patterns.add(PolicyString.parse(resource, variables));
        }
        return new ResourceElement(List.copyOf(patterns), negated);
    }

    static PrincipalElement principal(JsonNode node, boolean negated) {
        if (node.isTextual()) {
            if (!node.asText().equals("*")) {
                throw malformed(SYNTAX);
            }
            return new PrincipalElement(true, Map.of(), negated);
        }
        if (!node.isObject() || node.isEmpty()) {
            throw malformed(SYNTAX);
        }
        Map<CallerPrincipal.Type, List<String>> ids = new EnumMap<>(CallerPrincipal.Type.class);
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            List<String> values = strings(field.getValue());
            if (values.isEmpty()) {
                throw malformed(SYNTAX);
            }
            switch (field.getKey()) {
                case "AWS" -> ids.put(CallerPrincipal.Type.AWS, awsPrincipals(values));
                case "Federated" -> ids.put(CallerPrincipal.Type.FEDERATED, values);
                case "Service" -> ids.put(CallerPrincipal.Type.SERVICE, values);
                case "CanonicalUser" -> {
                    // S3's canonical ids never assume a Cognate role; valid but matches nobody.
                }
                default -> throw malformed(SYNTAX);
            }
        }
        return new PrincipalElement(false, Map.copyOf(ids), negated);
    }

    /** A bare 12-digit account id is shorthand for the account's root ARN. */
    private static List<String> awsPrincipals(List<String> values) {
        List<String> ids = new ArrayList<>();
        for (String value : values) {
            if (value.matches("\\d{12}")) {
                ids.add("arn:aws:iam::" + value + ":root");
            } else if (value.equals("*") || value.startsWith("arn:")) {
                ids.add(value);
            } else {
                throw malformed("Invalid principal in policy: \"AWS\":\"" + value + "\"");
            }
        }
        return List.copyOf(ids);
    }

    static List<Condition> conditions(JsonNode node, boolean variables) {
        if (node == null) {
            return List.of();
        }
        if (!node.isObject()) {
            throw malformed(SYNTAX);
        }
        List<Condition> conditions = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> operators = node.fields();
        while (operators.hasNext()) {
            Map.Entry<String, JsonNode> operator = operators.next();
            ConditionOperator parsed = ConditionOperator.parse(operator.getKey());
            if (!operator.getValue().isObject() || operator.getValue().isEmpty()) {
                throw malformed(SYNTAX);
            }
            Iterator<Map.Entry<String, JsonNode>> keys = operator.getValue().fields();
            while (keys.hasNext()) {
                Map.Entry<String, JsonNode> key = keys.next();
                requireKeyPrefix(key.getKey());
                List<PolicyString> values = new ArrayList<>();
                for (String value : strings(key.getValue())) {
                    values.add(PolicyString.parse(value, variables));
                }
                if (values.isEmpty()) {
                    throw malformed(SYNTAX);
                }
                conditions.add(new Condition(parsed, key.getKey(), List.copyOf(values)));
            }
        }
        return List.copyOf(conditions);
    }

    /**
     * Condition keys name their vendor too, but web identity keys use the provider's host and path
     * ({@code cognito-identity.amazonaws.com:aud}, {@code oidc.example.com/tenant:sub}).
     */
    private static void requireKeyPrefix(String key) {
        int colon = key.indexOf(':');
        if (colon <= 0 || key.substring(0, colon).chars().anyMatch(Character::isWhitespace)) {
            throw malformed(VENDOR_MESSAGE);
        }
    }

    private static void requireVendorPrefix(String name) {
        int colon = name.indexOf(':');
        if (colon <= 0 || !VENDOR.matcher(name.substring(0, colon)).matches()) {
            throw malformed(
                    "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.");
        }
    }

    /** A string, a number or a boolean, or an array of them (numbers as written). */
    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode item : node) {
                values.add(scalar(item));
            }
        } else {
            values.add(scalar(node));
        }
        return values;
    }

    private static String scalar(JsonNode node) {
        if (node.isTextual() || node.isNumber() || node.isBoolean()) {
            return node.asText();
        }
        throw malformed(SYNTAX);
    }
}
