package io.cognate.userpool.platform;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Settings read on every sign-in (an app client, a pool's LambdaConfig) kept for a short time, so
 * the hot paths need no database read for them. Only values are cached, never their absence, so a
 * new client or pool works at once; writers {@link #forget} what they change after changing it, and
 * other replicas see a change within the time-to-live ({@code cognate.settings-cache}). A read that
 * overlapped a {@link #forget} is used but not kept, so it cannot bring a stale value back.
 *
 * @param <V> an immutable value
 */
public final class SettingsCache<V> {

    private record Entry<V>(V value, long expiresAt) {}

    private final ConcurrentMap<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong forgets = new AtomicLong();
    private final long ttlNanos;
    private final int maxEntries;

    public SettingsCache(Duration ttl, int maxEntries) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
    }

    public static <V> SettingsCache<V> of(CognateConfig config) {
        return new SettingsCache<>(
                config.settingsCache().ttl(), config.settingsCache().maxEntries());
    }

    /** The cached value of {@code key}, else what {@code loader} reads (kept when it succeeds). */
    public Uni<V> get(String key, Supplier<Uni<V>> loader) {
        long now = System.nanoTime();
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
