package io.cognate.broker.policy;

import static io.cognate.broker.policy.MalformedPolicyDocument.INVALID_JSON;
import static io.cognate.broker.policy.MalformedPolicyDocument.SYNTAX;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a policy document the way IAM validates one: the grammar of the IAM JSON policy reference,
 * IAM's messages for what is wrong, and the element rules of the document's {@link PolicyKind}.
 */
final class PolicyParser {

    /** Duplicate keys are refused: a policy whose meaning depends on the parser is no policy. */
    private static final ObjectMapper STRICT =
            JsonMapper.builder()
                    .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .build();

    private static final Set<String> TOP_LEVEL = Set.of("Version", "Id", "Statement");
    private static final Set<String> STATEMENT_ELEMENTS =
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

    private static final Pattern SID = Pattern.compile("[0-9A-Za-z]*");

    private final PolicyKind kind;

    PolicyParser(PolicyKind kind) {
        this.kind = kind;
    }

    PolicyDocument parse(String json) {
        JsonNode root = readTree(json);
        if (!root.isObject()) {
            throw malformed(SYNTAX);
        }
        requireKnown(root, TOP_LEVEL);
        String version = version(root.get("Version"));
        String id = optionalText(root.get("Id"));
        JsonNode statementNode = root.get("Statement");
        List<JsonNode> nodes = new ArrayList<>();
        if (statementNode != null && statementNode.isObject()) {
            nodes.add(statementNode);
        } else if (statementNode != null && statementNode.isArray() && !statementNode.isEmpty()) {
            statementNode.forEach(nodes::add);
        } else {
            throw malformed(SYNTAX);
        }
        boolean variables = PolicyDocument.VERSION_2012.equals(version);
        List<Statement> statements = new ArrayList<>();
        Set<String> sids = new HashSet<>();
        for (JsonNode node : nodes) {
            Statement statement = statement(node, variables);
            if (statement.sid() != null && !sids.add(statement.sid())) {
                throw malformed("Statement IDs (SID) in a single policy must be unique.");
            }
            statements.add(statement);
        }
        return new PolicyDocument(version, id, statements);
    }

    private Statement statement(JsonNode node, boolean variables) {
        if (!node.isObject()) {
            throw malformed(SYNTAX);
        }
        requireKnown(node, STATEMENT_ELEMENTS);
        String sid = sid(node.get("Sid"));
        Effect effect = effect(node.get("Effect"));
        PrincipalElement principal = principal(node);
        ActionElement action = action(node);
        ResourceElement resource = resource(node, variables);
        List<Condition> conditions = ElementParsers.conditions(node.get("Condition"), variables);
        return new Statement(sid, effect, principal, action, resource, conditions);
    }

    /** IAM accepts only letters and digits in a {@code Sid}. */
    private static String sid(JsonNode node) {
        String sid = optionalText(node);
        if (sid != null && !SID.matcher(sid).matches()) {
            throw malformed(
                    "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the"
                            + " regular expression [0-9A-Za-z]*");
        }
        return sid;
    }

    private static Effect effect(JsonNode node) {
        if (node == null) {
            throw malformed("Missing required field Effect");
        }
        String text = node.isTextual() ? node.asText() : "";
        for (Effect effect : Effect.values()) {
            if (effect.wireName().equals(text)) {
                return effect;
            }
        }
        throw malformed(SYNTAX);
    }

    private PrincipalElement principal(JsonNode statement) {
        JsonNode principal = statement.get("Principal");
        JsonNode notPrincipal = statement.get("NotPrincipal");
        if (principal != null && notPrincipal != null) {
            throw malformed(SYNTAX);
        }
        JsonNode node = principal != null ? principal : notPrincipal;
        if (kind == PolicyKind.IDENTITY) {
            if (node != null) {
                throw malformed("Policy document should not specify a principal.");
            }
            return null;
        }
        if (node == null) {
            throw malformed("Missing required field Principal");
        }
        return ElementParsers.principal(node, notPrincipal != null);
    }

    private static ActionElement action(JsonNode statement) {
        JsonNode action = statement.get("Action");
        JsonNode notAction = statement.get("NotAction");
        if (action != null && notAction != null) {
            throw malformed(SYNTAX);
        }
        JsonNode node = action != null ? action : notAction;
        if (node == null) {
            throw malformed("Policy statement must contain actions.");
        }
        return ElementParsers.action(node, notAction != null);
    }

    private ResourceElement resource(JsonNode statement, boolean variables) {
        JsonNode resource = statement.get("Resource");
        JsonNode notResource = statement.get("NotResource");
        if (resource != null && notResource != null) {
            throw malformed(SYNTAX);
        }
        if (kind == PolicyKind.TRUST) {
            if (resource != null || notResource != null) {
                throw malformed(
                        "Has prohibited field " + (resource != null ? "Resource" : "NotResource"));
            }
            return null;
        }
        JsonNode node = resource != null ? resource : notResource;
        if (node == null) {
            throw malformed("Policy statement must contain resources.");
        }
        return ElementParsers.resource(node, notResource != null, variables);
    }

    private static JsonNode readTree(String json) {
        if (json == null || json.isBlank()) {
            throw malformed(INVALID_JSON);
        }
        try {
            return STRICT.readTree(json);
        } catch (JsonProcessingException e) {
            throw malformed(INVALID_JSON);
        }
    }

    private static String version(JsonNode node) {
        if (node == null) {
            return PolicyDocument.VERSION_2008;
        }
        String version = node.isTextual() ? node.asText() : "";
        if (!version.equals(PolicyDocument.VERSION_2012)
                && !version.equals(PolicyDocument.VERSION_2008)) {
            throw malformed(SYNTAX);
        }
        return version;
    }

    private static String optionalText(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            throw malformed(SYNTAX);
        }
        return node.asText();
    }

    private static void requireKnown(JsonNode object, Set<String> allowed) {
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            if (!allowed.contains(fields.next().getKey())) {
                throw malformed(SYNTAX);
            }
        }
    }

    static MalformedPolicyDocument malformed(String message) {
        return new MalformedPolicyDocument(message);
    }
}
