package io.cognate.broker.role;

import io.cognate.broker.platform.CognateConfig;
import io.cognate.broker.policy.NamedPolicy;
import io.cognate.broker.policy.ParsedPolicies;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A role's inline permission policies, parsed, as every request signed with the role's temporary
 * credentials needs them ({@code /internal/verify}, role-signed admin calls). Reading them from
 * PostgreSQL on each decision was the verify path's largest cost, so they are held in memory:
 *
 * <ul>
 *   <li>on this replica a change takes effect at once: PutRolePolicy, DeleteRolePolicy and
 *       DeleteRole {@link #invalidate} the role after their transaction commits, and a read that
 *       raced with such a change (began before the commit, finished after) is not kept, thanks to a
 *       generation counter;
 *   <li>on other replicas, which cannot see this one's writes, an entry lives at most {@code
 *       cognate.broker.policy-cache-ttl} (default 1 s), so a change takes effect there within it.
 * </ul>
 *
 * Only the role's stored documents are cached: the session (its expiry, its session policy, its
 * tags) comes from the presented token on every request, and a deleted role has no policies, so it
 * grants nothing once its entry is gone.
 */
@ApplicationScoped
public class RolePolicies {

    /**
     * Far above the roles one broker serves; when reached the cache starts over (still correct).
     */
    static final int MAX_ENTRIES = 10_000;

    private record Entry(List<NamedPolicy> policies, long loadedAt) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final RoleStore roles;
    private final ParsedPolicies parsed;
    private final long ttlNanos;
    private final LongSupplier nanoTime;

    @Inject
    RolePolicies(RoleStore roles, ParsedPolicies parsed, CognateConfig config) {
        this(roles, parsed, config.broker().policyCacheTtl().toNanos(), System::nanoTime);
    }

    RolePolicies(RoleStore roles, ParsedPolicies parsed, long ttlNanos, LongSupplier nanoTime) {
        this.roles = roles;
        this.parsed = parsed;
        this.ttlNanos = ttlNanos;
        this.nanoTime = nanoTime;
    }

    /** The role's inline policies by name, parsed; empty when it has none or no longer exists. */
    public Uni<List<NamedPolicy>> of(SqlClient sql, String roleId) {
        long now = nanoTime.getAsLong();
        List<NamedPolicy> held = held(roleId, now);
        if (held != null) {
            return Uni.createFrom().item(held);
        }
        long seen = generation.get();
        return roles.inlinePolicies(sql, roleId)
                .map(
                        documents -> {
                            List<NamedPolicy> policies = new ArrayList<>(documents.size());
                            documents.forEach(
                                    (name, json) ->
                                            policies.add(
                                                    new NamedPolicy(name, parsed.identity(json))));
                            List<NamedPolicy> loaded = List.copyOf(policies);
                            keep(roleId, new Entry(loaded, now), seen);
                            return loaded;
                        });
    }

    /**
     * The role's policies when this replica holds them (within the TTL), else null: lets a hot path
     * decide synchronously, without building a {@link Uni}; on null, ask {@link #of}.
     */
    public List<NamedPolicy> held(String roleId) {
        return held(roleId, nanoTime.getAsLong());
    }

    private List<NamedPolicy> held(String roleId, long now) {
        Entry held = entries.get(roleId);
        return held != null && now - held.loadedAt() < ttlNanos ? held.policies() : null;
    }

    /** Forgets the role's policies: call after a transaction that changed them has committed. */
    public void invalidate(String roleId) {
        generation.incrementAndGet();
        entries.remove(roleId);
    }

    private void keep(String roleId, Entry entry, long seen) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(roleId, entry);
        // An invalidation that happened while we read may have been for this role and have run
        // before our put: drop what we read rather than serve a document that may be older.
        if (generation.get() != seen) {
            entries.remove(roleId, entry);
        }
    }
}
