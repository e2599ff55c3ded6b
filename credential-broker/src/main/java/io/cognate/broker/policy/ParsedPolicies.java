package io.cognate.broker.policy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed forms of stored policy documents, so that deciding a request does not re-read the same
 * JSON every time. Keyed by the document text itself: an edited policy is a new key, so nothing is
 * ever stale. Bounded crudely (cleared when full): parsing again is always correct, only slower.
 */
@ApplicationScoped
public class ParsedPolicies {

    static final int MAX_ENTRIES = 4096;

    private final Map<String, PolicyDocument> trust = new ConcurrentHashMap<>();
    private final Map<String, PolicyDocument> identity = new ConcurrentHashMap<>();

    /** A role's trust policy, parsed; {@link MalformedPolicyDocument} if it is not one. */
    public PolicyDocument trust(String json) {
        return cached(trust, json, PolicyKind.TRUST);
    }

    /** A permission (inline or session) policy, parsed. */
    public PolicyDocument identity(String json) {
        return cached(identity, json, PolicyKind.IDENTITY);
    }

    private static PolicyDocument cached(
            Map<String, PolicyDocument> cache, String json, PolicyKind kind) {
        PolicyDocument known = cache.get(json);
        if (known != null) {
            return known;
        }
        PolicyDocument parsed = PolicyDocument.parse(json, kind);
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        cache.put(json, parsed);
        return parsed;
    }
}
