package io.cognate.broker.role;

import io.cognate.broker.platform.CognateConfig;
import io.cognate.contracts.cache.SettingsCache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
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

    private final SettingsCache<RoleEntity> held;
    private final RoleStore roles;

    @Inject
    RolesByName(RoleStore roles, CognateConfig config) {
        this(roles, config.broker().policyCacheTtl(), System::nanoTime);
    }

    RolesByName(RoleStore roles, Duration ttl, LongSupplier nanoTime) {
        this.roles = roles;
        this.held = new SettingsCache<>(ttl, MAX_ENTRIES, nanoTime);
    }

    /** The role of that name (case-insensitive, as IAM), or null. */
    public Uni<RoleEntity> find(SqlClient sql, String roleName) {
        return held.get(roleName.toLowerCase(Locale.ROOT), () -> roles.findByName(sql, roleName));
    }

    /** Forgets the role: call after a transaction that changed or deleted it has committed. */
    public void invalidate(String roleName) {
        held.forget(roleName.toLowerCase(Locale.ROOT));
    }
}
