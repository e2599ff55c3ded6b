package io.cognate.broker.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Condition keys normalized and copied once, to be shared by the contexts of many requests ({@link
 * ConditionContext.Builder#shared}): a role session's principal keys are the same for every request
 * it signs, and building them afresh showed in every {@code /internal/verify}. Immutable.
 */
public final class SharedKeys {

    private final Map<String, List<String>> values;

    private SharedKeys(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The keys given, a later one replacing an earlier one of the same (normalized) name. */
    public static SharedKeys of(Map<String, List<String>> keys) {
        Map<String, List<String>> normalized = new HashMap<>();
        keys.forEach(
                (key, keyValues) ->
                        normalized.put(ConditionContext.normalize(key), List.copyOf(keyValues)));
        return new SharedKeys(Map.copyOf(normalized));
    }

    /** Normalized names to values. */
    Map<String, List<String>> values() {
        return values;
    }
}
