package io.cognate.contracts.cache;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Settings read on every request of a hot path (an app client, an identity pool, a role and its
 * policies) kept for a short time, so the path needs no database read for them:
 *
 * <ul>
 *   <li>on this replica a change applies to the very next request: writers {@link #forget} what
 *       they changed once their transaction has ended, and a read that overlapped a forget is
 *       answered but not kept (a generation counter), so it cannot bring the old value back;
 *   <li>other replicas see a change within the time-to-live (0 disables the cache).
 * </ul>
 *
 * Only values are kept, never their absence (a loader that fails or yields null keeps nothing), so
 * something created a moment ago is found by the very next request. Bounded crudely: when full it
 * starts over, which is always correct, only slower.
 *
 * @param <V> an immutable value
 */
public final class SettingsCache<V> {

    private record Entry<V>(V value, long expiresAt) {}

    private final ConcurrentMap<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong forgets = new AtomicLong();
    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier nanoTime;

    public SettingsCache(Duration ttl, int maxEntries) {
        this(ttl, maxEntries, System::nanoTime);
    }

    /** With the test's own clock ({@code nanoTime} as {@link System#nanoTime} reads). */
    public SettingsCache(Duration ttl, int maxEntries, LongSupplier nanoTime) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
        this.nanoTime = nanoTime;
    }

    /**
     * The value of {@code key} when this replica holds it within the time-to-live, else null: lets
     * a hot path decide synchronously, without building a {@link Uni}; on null, ask {@link #get}.
     */
    public V held(String key) {
        Entry<V> entry = entries.get(key);
        return entry != null && nanoTime.getAsLong() - entry.expiresAt() < 0 ? entry.value() : null;
    }

    /** The held value of {@code key}, else what {@code loader} reads (kept when it succeeds). */
    public Uni<V> get(String key, Supplier<Uni<V>> loader) {
        long now = nanoTime.getAsLong();
        Entry<V> entry = entries.get(key);
        if (entry != null && now - entry.expiresAt() < 0) {
            return Uni.createFrom().item(entry.value());
        }
        long generation = forgets.get();
        return loader.get().invoke(value -> keep(key, value, now, generation));
    }

    /** Drops {@code key}: the next read goes to the database. */
    public void forget(String key) {
        forgets.incrementAndGet();
        entries.remove(key);
    }

    /** Drops every entry whose value matches (e.g. the clients of a deleted pool). */
    public void forgetIf(Predicate<V> doomed) {
        forgets.incrementAndGet();
        entries.values().removeIf(entry -> doomed.test(entry.value()));
    }

    private void keep(String key, V value, long readAt, long generation) {
        if (ttlNanos <= 0 || value == null || forgets.get() != generation) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        Entry<V> entry = new Entry<>(value, readAt + ttlNanos);
        entries.put(key, entry);
        // A forget between the check above and the put may have been for this key.
        if (forgets.get() != generation) {
            entries.remove(key, entry);
        }
    }
}
