package io.cognate.broker.platform;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values derived once per object instance, found by that instance's identity: for what a request
 * needs from an opened session (its condition keys, its part of the reply), since the
 * opened-session cache hands every request signed with the same token the same instance. Identity,
 * not equality: no hashing of a principal's tags per request, and an object that merely equals
 * another never shares its entry. Only for values that are a pure function of the instance, so an
 * entry cannot go stale. Bounded crudely (cleared when full): deriving again is always correct,
 * only slower.
 *
 * @param <K> the instances
 * @param <V> what is derived from each
 */
public final class PerInstance<K, V> {

    /** An instance compared by identity. */
    private static final class Identity {

        private final Object instance;

        Identity(Object instance) {
            this.instance = instance;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.instance == instance;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(instance);
        }
    }

    private final Map<Identity, V> entries = new ConcurrentHashMap<>();
    private final int maxEntries;

    public PerInstance(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /**
     * What {@code instance} derived to, or {@code derive} applied to it now (and kept); always the
     * same derivation for one cache.
     */
    public V of(K instance, Function<? super K, ? extends V> derive) {
        Identity key = new Identity(instance);
        V known = entries.get(key);
        if (known != null) {
            return known;
        }
        V derived = derive.apply(instance);
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, derived);
        return derived;
    }

    public int size() {
        return entries.size();
    }
}
