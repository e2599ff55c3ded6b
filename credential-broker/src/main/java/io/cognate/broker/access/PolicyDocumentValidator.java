package io.cognate.broker.access;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The grammar of IAM policy documents, checked before a document is stored (with IAM's {@code
 * MalformedPolicyDocument} messages); what a document means is the policy engine's business. A
 * trust policy names a {@code Principal} and no {@code Resource}; a permission policy the reverse.
 * Repeated JSON members are refused: two readers must never see two different policies in one
 * document.
 */
public final class PolicyDocumentValidator {

    /** Whether a document is a role's trust policy or a permission (inline or session) policy. */
    public enum Kind {
        TRUST,
        PERMISSIONS
    }

    private static final ObjectMapper STRICT =
            JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private static final Set<String> TOP_LEVEL = Set.of("Version", "Id", "Statement");
    private static final Set<String> VERSIONS = Set.of("2012-10-17", "2008-10-17");
    private static final Set<String> STATEMENT =
            Set.of(
                    "Sid",
                    "Effect",
                    "Principal",
                    "NotPrincipal",
                    "Action",
                    "NotAction",
                    "Resource",
                    "NotResource",
                    "Condition");
    private static final Pattern ACTION = Pattern.compile("\\*|[A-Za-z0-9-]+:[A-Za-z0-9*?]+");
    static final String SYNTAX = "Syntax errors in policy.";

    private PolicyDocumentValidator() {}

    /** Parses a stored or submitted document; not JSON → {@code MalformedPolicyDocument}. */
    public static JsonNode parse(String document) {
        try {
            JsonNode root = STRICT.readTree(document);
            if (root == null) {
                throw new MalformedPolicyDocumentException("This policy contains invalid Json");
            }
            return root;
        } catch (IOException e) {
            throw new MalformedPolicyDocumentException("This policy contains invalid Json");
        }
    }

    /**
     * @throws MalformedPolicyDocumentException naming the first rule the document breaks
     */
    public static void validate(String document, Kind kind) {
        JsonNode root = parse(document);
        if (!root.isObject()) {
            throw malformed(SYNTAX);
        }
        root.fieldNames()
                .forEachRemaining(
                        name -> {
                            if (!TOP_LEVEL.contains(name)) {
                                throw malformed(SYNTAX);
                            }
                        });
        JsonNode version = root.get("Version");
        if (version != null && !(version.isTextual() && VERSIONS.contains(version.asText()))) {
            throw malformed("The policy failed legacy parsing");
        }
        Set<String> sids = new HashSet<>();
        for (JsonNode statement : statements(root.get("Statement"))) {
            statement(statement, kind, sids);
        }
    }

    private static List<JsonNode> statements(JsonNode statement) {
        List<JsonNode> out = new ArrayList<>();
        if (statement != null && statement.isObject()) {
            out.add(statement);
        } else if (statement != null && statement.isArray() && !statement.isEmpty()) {
            statement.forEach(out::add);
        } else {
            throw malformed(SYNTAX);
        }
        return out;
    }

    private static void statement(JsonNode statement, Kind kind, Set<String> sids) {
        if (!statement.isObject()) {
            throw malformed(SYNTAX);
        }
        statement
                .fieldNames()
                .forEachRemaining(
                        name -> {
                            if (!STATEMENT.contains(name)) {
                                throw malformed(SYNTAX);
                            }
                        });
        PolicyElements.sid(statement.get("Sid"), sids);
        JsonNode effect = statement.get("Effect");
        if (effect == null) {
            throw malformed("Missing required field Effect");
        }
        if (!effect.isTextual() || !Set.of("Allow", "Deny").contains(effect.asText())) {
            throw malformed(SYNTAX);
        }
        JsonNode action =
                exactlyOne(
                        statement, "Action", "NotAction", "Policy statement must contain actions.");
        PolicyElements.strings(action)
                .forEach(
                        a -> {
                            if (!ACTION.matcher(a).matches()) {
                                throw malformed(
                                        "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2,"
                                                + " etc.");
                            }
                        });
        boolean hasPrincipal = statement.has("Principal") || statement.has("NotPrincipal");
        boolean hasResource = statement.has("Resource") || statement.has("NotResource");
        if (kind == Kind.TRUST) {
            if (hasResource) {
                throw malformed("Has prohibited field Resource");
            }
            PolicyElements.principal(
                    exactlyOne(
                            statement,
                            "Principal",
                            "NotPrincipal",
                            "Missing required field Principal"));
        } else {
            if (hasPrincipal) {
                throw malformed("Policy document should not specify a principal.");
            }
            PolicyElements.strings(
                    exactlyOne(
                            statement,
                            "Resource",
                            "NotResource",
                            "Policy statement must contain resources."));
        }
        JsonNode condition = statement.get("Condition");
        if (condition != null) {
            PolicyElements.condition(condition);
        }
    }

    private static JsonNode exactlyOne(JsonNode statement, String a, String b, String missing) {
        if (statement.has(a) && statement.has(b)) {
            throw malformed(SYNTAX);
        }
        JsonNode value = statement.has(a) ? statement.get(a) : statement.get(b);
        if (value == null) {
            throw malformed(missing);
        }
        return value;
    }

    static MalformedPolicyDocumentException malformed(String message) {
        return new MalformedPolicyDocumentException(message);
    }
}
