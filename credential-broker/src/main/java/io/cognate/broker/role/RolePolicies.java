package io.cognate.broker.role;

import io.cognate.broker.platform.CognateConfig;
import io.cognate.broker.policy.NamedPolicy;
import io.cognate.broker.policy.ParsedPolicies;
import io.cognate.contracts.cache.SettingsCache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    private final SettingsCache<List<NamedPolicy>> held;
    private final RoleStore roles;
    private final ParsedPolicies parsed;

    @Inject
    RolePolicies(RoleStore roles, ParsedPolicies parsed, CognateConfig config) {
        this(roles, parsed, config.broker().policyCacheTtl(), System::nanoTime);
    }

    RolePolicies(RoleStore roles, ParsedPolicies parsed, Duration ttl, LongSupplier nanoTime) {
        this.roles = roles;
        this.parsed = parsed;
        this.held = new SettingsCache<>(ttl, MAX_ENTRIES, nanoTime);
    }

    /** The role's inline policies by name, parsed; empty when it has none or no longer exists. */
    public Uni<List<NamedPolicy>> of(SqlClient sql, String roleId) {
        return held.get(roleId, () -> roles.inlinePolicies(sql, roleId).map(this::parse));
    }

    /**
     * The role's policies when this replica holds them (within the TTL), else null: lets a hot path
     * decide synchronously, without building a {@link Uni}; on null, ask {@link #of}.
     */
    public List<NamedPolicy> held(String roleId) {
        return held.held(roleId);
    }

    /** Forgets the role's policies: call after a transaction that changed them has committed. */
    public void invalidate(String roleId) {
        held.forget(roleId);
    }

    private List<NamedPolicy> parse(Map<String, String> documents) {
        List<NamedPolicy> policies = new ArrayList<>(documents.size());
        documents.forEach(
                (name, json) -> policies.add(new NamedPolicy(name, parsed.identity(json))));
        return List.copyOf(policies);
    }
}
