package io.cognate.identitypool.identitypool;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.cognate.contracts.cache.SettingsCache;
import io.cognate.contracts.json.AwsJson;
import io.cognate.identitypool.platform.CognateConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The pools as GetId, GetCredentialsForIdentity and the other public operations read them on every
 * call, kept in memory for a short time and read with plain SQL (never through the caller's
 * Hibernate session, so it serves inside or outside one):
 *
 * <ul>
 *   <li>on this replica a change applies to the very next request: the writers (UpdateIdentityPool,
 *       DeleteIdentityPool, SetIdentityPoolRoles, SetPrincipalTagAttributeMap) {@link #forget} the
 *       pool once their transaction has ended, and a read that overlapped a forget is answered but
 *       not kept (a generation counter), so it cannot bring the old settings back;
 *   <li>other replicas see a change within {@code cognate.identity.settings-cache-ttl} (5 s by
 *       default; 0 disables the cache).
 * </ul>
 *
 * Only pools that exist are kept, so a new pool works at once and a deleted one is never served
 * from here after its forget.
 */
@ApplicationScoped
public class PoolViews implements IdentityPoolStore {

    /** Far above the pools one deployment has; when reached the cache starts over. */
    static final int MAX_ENTRIES = 10_000;

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {};
    private static final String READ =
            "SELECT id, allow_unauthenticated, allow_classic_flow, developer_provider_name,"
                    + " providers::text AS providers, roles::text AS roles,"
                    + " role_mappings::text AS role_mappings,"
                    + " principal_tag_maps::text AS principal_tag_maps"
                    + " FROM identity_pool.identity_pool WHERE id = $1";

    private final SettingsCache<IdentityPoolView> views;
    private final Pool sql;

    @Inject
    PoolViews(Pool sql, CognateConfig config) {
        this(sql, config.identity().settingsCacheTtl(), System::nanoTime);
    }

    PoolViews(Pool sql, Duration ttl, LongSupplier nanoTime) {
        this.sql = sql;
        this.views = new SettingsCache<>(ttl, MAX_ENTRIES, nanoTime);
    }

    @Override
    public Uni<IdentityPoolView> requireView(String identityPoolId) {
        return views.get(identityPoolId, () -> read(identityPoolId));
    }

    /** Drops the pool's settings: call once the transaction that changed them has ended. */
    public void forget(String identityPoolId) {
        views.forget(identityPoolId);
    }

    private Uni<IdentityPoolView> read(String identityPoolId) {
        return sql.preparedQuery(READ)
                .execute(Tuple.of(identityPoolId))
                .map(
                        rows -> {
                            if (rows.size() == 0) {
                                throw IdentityPoolRepository.notFound(identityPoolId);
                            }
                            return view(rows.iterator().next());
                        });
    }

    /** The same view as {@link IdentityPoolView#of} gives for the entity Hibernate would load. */
    private static IdentityPoolView view(Row row) {
        IdentityPoolEntity pool = new IdentityPoolEntity();
        pool.id = row.getString("id");
        pool.allowUnauthenticated = row.getBoolean("allow_unauthenticated");
        pool.allowClassicFlow = row.getBoolean("allow_classic_flow");
        pool.developerProviderName = row.getString("developer_provider_name");
        pool.providers = json(row.getString("providers"), MAP);
        pool.roles = json(row.getString("roles"), STRINGS);
        pool.roleMappings = json(row.getString("role_mappings"), MAP);
        pool.principalTagMaps = json(row.getString("principal_tag_maps"), MAP);
        return IdentityPoolView.of(pool);
    }

    private static <T> T json(String text, TypeReference<T> type) {
        try {
            return AwsJson.mapper().readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("identity_pool holds a malformed JSON column", e);
        }
    }
}
