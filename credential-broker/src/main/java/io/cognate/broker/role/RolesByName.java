package io.cognate.broker.role;

import io.cognate.broker.platform.CognateConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Roles by name as the web-identity STS path reads them (AssumeRoleWithWebIdentity,
 * identity-pool-service's credentials hop): the role row was read on every issued credential, one
 * statement of the four per GetId + GetCredentialsForIdentity. Held in memory like {@link
 * RolePolicies}:
 *
 * <ul>
 *   <li>on this replica a change takes effect at once: UpdateAssumeRolePolicy, TagRole and
 *       DeleteRole {@link #invalidate} the name after their transaction commits, and a read that
 *       raced with such a change is not kept (generation counter);
 *   <li>on other replicas an entry lives at most {@code cognate.broker.policy-cache-ttl} (default 1
 *       s, the same bound as a role's inline policies; 0 reads every time).
 * </ul>
 *
 * Only roles that exist are kept: a role created a moment ago is found by the very next request.
 * The trust policy is still evaluated, and credentials minted, on every request.
 */
@ApplicationScoped
public class RolesByName {

    /** Far above the roles one broker serves; when reached the cache starts over. */
    static final int MAX_ENTRIES = 10_000;

    private record Entry(RoleEntity role, long loadedAt) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final RoleStore roles;
    private final long ttlNanos;
    private final LongSupplier nanoTime;

    @Inject
    RolesByName(RoleStore roles, CognateConfig config) {
        this(roles, config.broker().policyCacheTtl().toNanos(), System::nanoTime);
    }

    RolesByName(RoleStore roles, long ttlNanos, LongSupplier nanoTime) {
        this.roles = roles;
        this.ttlNanos = ttlNanos;
        this.nanoTime = nanoTime;
    }

    /** The role of that name (case-insensitive, as IAM), or null. */
    public Uni<RoleEntity> find(SqlClient sql, String roleName) {
        String key = roleName.toLowerCase(Locale.ROOT);
        long now = nanoTime.getAsLong();
        Entry held = entries.get(key);
        if (held != null && now - held.loadedAt() < ttlNanos) {
            return Uni.createFrom().item(held.role());
        }
        long seen = generation.get();
        return roles.findByName(sql, roleName)
                .invoke(
                        role -> {
                            if (role != null && ttlNanos > 0) {
                                keep(key, new Entry(role, now), seen);
                            }
                        });
    }

    /** Forgets the role: call after a transaction that changed or deleted it has committed. */
    public void invalidate(String roleName) {
        generation.incrementAndGet();
        entries.remove(roleName.toLowerCase(Locale.ROOT));
    }

    private void keep(String key, Entry entry, long seen) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, entry);
        // An invalidation that ran while we read may have been for this role and come before our
        // put: drop what we read rather than serve a row that may be older than the change.
        if (generation.get() != seen) {
            entries.remove(key, entry);
        }
    }
}
