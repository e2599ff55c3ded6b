package io.cognate.broker.sts;

import io.cognate.broker.credentials.SessionPrincipal;
import io.cognate.broker.policy.PolicyDocument;
import io.cognate.contracts.aws.error.ValidationError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * STS's rules for what a session may carry, beyond the model: unique session tag keys (in any
 * case), transitive keys among them, tags inherited through role chaining, and a session policy in
 * valid grammar. Shared by the AssumeRole family.
 */
final class SessionRequestRules {

    /** STS's limit on an inline session policy. */
    static final int MAX_SESSION_POLICY_CHARS = 2048;

    private SessionRequestRules() {}

    /**
     * The session's tags: the requested ones plus the transitive tags of a calling session (role
     * chaining), which a request may not override.
     */
    static Map<String, String> sessionTags(
            List<SessionTag> requested, Optional<SessionPrincipal> callerSession) {
        Map<String, String> tags = new LinkedHashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        List<SessionTag> all = new ArrayList<>(requested == null ? List.of() : requested);
        callerSession.ifPresent(
                session ->
                        session.transitiveTagKeys()
                                .forEach(
                                        key ->
                                                all.add(
                                                        new SessionTag(
                                                                key,
                                                                session.sessionTags().get(key)))));
        for (SessionTag tag : all) {
            if (!seen.add(tag.key().toLowerCase(Locale.ROOT))) {
                throw new ValidationError(
                        "Duplicate tag keys found. Please note that Tag keys are case"
                                + " insensitive.");
            }
            tags.put(tag.key(), tag.value());
        }
        return tags;
    }

    /** Transitive keys must name requested tags; inherited transitive keys stay transitive. */
    static List<String> transitiveTagKeys(
            List<String> requested,
            Map<String, String> tags,
            Optional<SessionPrincipal> callerSession) {
        Set<String> lowerKeys =
                tags.keySet().stream()
                        .map(k -> k.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toSet());
        List<String> keys = new ArrayList<>(requested == null ? List.of() : requested);
        for (String key : keys) {
            if (!lowerKeys.contains(key.toLowerCase(Locale.ROOT))) {
                throw new ValidationError(
                        "The specified transitive tag key must be included in the requested"
                                + " tags.");
            }
        }
        callerSession.ifPresent(session -> keys.addAll(session.transitiveTagKeys()));
        return List.copyOf(keys);
    }

    /**
     * The inline session policy, validated, or null. Managed policies do not exist in Cognate, so
     * {@code PolicyArns} is refused rather than silently ignored: ignoring a policy meant to narrow
     * a session would hand out more than was asked for.
     */
    static String sessionPolicy(String policy, List<?> policyArns) {
        if (policyArns != null && !policyArns.isEmpty()) {
            throw new ValidationError(
                    "PolicyArns is not supported: Cognate has no managed policies.");
        }
        if (policy == null) {
            return null;
        }
        if (policy.length() > MAX_SESSION_POLICY_CHARS) {
            throw new ValidationError(
                    "1 validation error detected: Value at 'policy' failed to satisfy constraint:"
                            + " Member must have length less than or equal to "
                            + MAX_SESSION_POLICY_CHARS);
        }
        PolicyDocument.parseIdentityPolicy(policy);
        return policy;
    }
}
