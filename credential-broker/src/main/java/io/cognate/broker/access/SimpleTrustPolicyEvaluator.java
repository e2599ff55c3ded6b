package io.cognate.broker.access;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The trust policies this broker can judge before the policy engine arrives: statements without
 * {@code Condition}, {@code NotPrincipal} or {@code NotAction}, whose principal is {@code *}, the
 * account ({@code 123456789012} or its root ARN), the caller's own ARN, the role of an assumed-role
 * caller, or a {@code Federated} provider. Anything else is not understood, and not understood
 * means not allowed: an Allow it cannot evaluate grants nothing, a Deny it cannot evaluate denies.
 */
@DefaultBean
@ApplicationScoped
public class SimpleTrustPolicyEvaluator implements TrustPolicyEvaluator {

    private enum Match {
        YES,
        NO,
        UNKNOWN
    }

    @Override
    public TrustDecision evaluate(TrustRequest request) {
        JsonNode policy = PolicyDocumentValidator.parse(request.trustPolicy());
        boolean allowed = false;
        for (JsonNode statement : statements(policy)) {
            Match match = matches(statement, request);
            boolean deny = "Deny".equals(statement.path("Effect").asText());
            if (deny && match != Match.NO) {
                return TrustDecision.deny(
                        match == Match.YES
                                ? "explicitly denied by the trust policy"
                                : "the trust policy has a Deny statement that cannot be evaluated"
                                        + " yet");
            }
            allowed |= !deny && match == Match.YES;
        }
        return allowed
                ? TrustDecision.allow("allowed by the trust policy")
                : TrustDecision.deny("the trust policy does not allow the principal");
    }

    private static Match matches(JsonNode statement, TrustRequest request) {
        if (statement.has("Condition")
                || statement.has("NotPrincipal")
                || statement.has("NotAction")) {
            return Match.UNKNOWN;
        }
        boolean action =
                strings(statement.get("Action")).stream()
                        .anyMatch(a -> actionMatches(a, request.action()));
        return action && principalMatches(statement.get("Principal"), request)
                ? Match.YES
                : Match.NO;
    }

    private static boolean actionMatches(String pattern, String action) {
        String p = pattern.toLowerCase(Locale.ROOT);
        String a = action.toLowerCase(Locale.ROOT);
        return p.equals("*") || p.equals(a) || p.equals(a.substring(0, a.indexOf(':') + 1) + "*");
    }

    private static boolean principalMatches(JsonNode principal, TrustRequest request) {
        if (principal == null) {
            return false;
        }
        if (principal.isTextual()) {
            return principal.asText().equals("*");
        }
        return strings(principal.get(request.principalType())).stream()
                .anyMatch(p -> principalNames(p, request));
    }

    private static boolean principalNames(String value, TrustRequest request) {
        if (value.equals("*") || value.equals(request.principal())) {
            return true;
        }
        if (!"AWS".equals(request.principalType())) {
            return false;
        }
        String account = request.accountId();
        return value.equals(account)
                || value.equals("arn:aws:iam::" + account + ":root")
                || namesRoleOfSession(value, request.principal(), account);
    }

    /**
     * {@code arn:aws:iam::A:role/path/R} names every session {@code
     * arn:aws:sts::A:assumed-role/R/…}.
     */
    private static boolean namesRoleOfSession(String value, String caller, String account) {
        String sessionPrefix = "arn:aws:sts::" + account + ":assumed-role/";
        String rolePrefix = "arn:aws:iam::" + account + ":role/";
        if (!caller.startsWith(sessionPrefix) || !value.startsWith(rolePrefix)) {
            return false;
        }
        String rest = caller.substring(sessionPrefix.length());
        String roleName = rest.substring(0, Math.max(rest.indexOf('/'), 0));
        return !roleName.isEmpty() && value.substring(value.lastIndexOf('/') + 1).equals(roleName);
    }

    private static List<JsonNode> statements(JsonNode policy) {
        JsonNode statement = policy.path("Statement");
        List<JsonNode> out = new ArrayList<>();
        if (statement.isArray()) {
            statement.forEach(out::add);
        } else if (statement.isObject()) {
            out.add(statement);
        }
        return out;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isTextual()) {
            out.add(node.asText());
        } else if (node != null && node.isArray()) {
            node.forEach(item -> out.add(item.asText()));
        }
        return out;
    }
}
