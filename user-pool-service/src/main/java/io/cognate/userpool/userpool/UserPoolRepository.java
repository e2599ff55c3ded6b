package io.cognate.userpool.userpool;

import com.fasterxml.jackson.databind.JsonNode;
import io.cognate.contracts.aws.error.ResourceNotFoundException;
import io.cognate.contracts.cache.SettingsCache;
import io.cognate.contracts.json.AwsJson;
import io.cognate.contracts.paging.KeysetToken;
import io.cognate.userpool.platform.CognateConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** Queries over {@code user_pool}; transactions belong to the operations. */
@ApplicationScoped
public class UserPoolRepository
        implements PanacheRepositoryBase<UserPoolEntity, String>, UserPoolStore {

    private final SettingsCache<JsonNode> lambdaConfigs;
    private final SettingsCache<Map<String, Object>> settings;

    UserPoolRepository(CognateConfig config) {
        this.lambdaConfigs = config.settingsCache().newCache();
        this.settings = config.settingsCache().newCache();
    }

    /** The pool, or Cognito's ResourceNotFoundException for an id that names nothing. */
    public Uni<UserPoolEntity> require(String userPoolId) {
        return findById(userPoolId)
                .onItem()
                .ifNull()
                .failWith(
                        () ->
                                new ResourceNotFoundException(
                                        "User pool " + userPoolId + " does not exist."));
    }

    @Override
    public Uni<Void> requireExists(String userPoolId) {
        return require(userPoolId).replaceWithVoid();
    }

    /**
     * {@inheritDoc} Kept in the settings cache: sign-ins read it for every trigger. Callers must
     * not modify the node.
     */
    @Override
    public Uni<JsonNode> lambdaConfig(String userPoolId) {
        return lambdaConfigs.get(
                userPoolId, () -> Panache.withSession(() -> readLambdaConfig(userPoolId)));
    }

    /**
     * The pool's settings document, read-only, from the settings cache: every sign-in reads it (the
     * user lookup's case and alias rules, the MFA configuration), and loading the pool entity
     * instead costs a query, a JSON parse and Hibernate's copy and dirty check of the whole
     * document. ResourceNotFoundException for an unknown pool.
     */
    public Uni<Map<String, Object>> settings(String userPoolId) {
        return settings.get(
                userPoolId,
                () ->
                        Panache.withSession(
                                () ->
                                        require(userPoolId)
                                                .map(pool -> ReadOnlyJson.copy(pool.settings))));
    }

    /**
     * Called once a change to the pool's settings, or its deletion, committed: every writer of a
     * setting that sign-ins read (UpdateUserPool, SetUserPoolMfaConfig, AddCustomAttributes,
     * DeleteUserPool) calls it after its transaction; tags are not read from the cache.
     */
    public void forgetSettings(String userPoolId) {
        lambdaConfigs.forget(userPoolId);
        settings.forget(userPoolId);
    }

    private Uni<JsonNode> readLambdaConfig(String userPoolId) {
        return require(userPoolId)
                .map(
                        pool -> {
                            Object config =
                                    pool.settings == null
                                            ? null
                                            : pool.settings.get("LambdaConfig");
                            return config == null
                                    ? AwsJson.mapper().createObjectNode()
                                    : AwsJson.mapper().valueToTree(config);
                        });
    }

    /**
     * The pool an ARN names. Only the exact ARN of an existing pool matches, so an ARN of another
     * region, account or service is a ResourceNotFoundException, as for an unknown pool.
     */
    public Uni<UserPoolEntity> requireByArn(String arn) {
        String id = UserPoolIds.idFromArn(arn);
        Uni<UserPoolEntity> pool = id == null ? Uni.createFrom().nullItem() : findById(id);
        return pool.onItem()
                .ifNull()
                .failWith(() -> notFound(arn))
                .invoke(
                        found -> {
                            if (!found.arn.equals(arn)) {
                                throw notFound(arn);
                            }
                        });
    }

    private static ResourceNotFoundException notFound(String arn) {
        return new ResourceNotFoundException("Resource " + arn + " does not exist.");
    }

    /** One page in creation order, starting after the given position (null for the first page). */
    public Uni<List<UserPoolEntity>> pageAfter(KeysetToken after, int limit) {
        if (after == null) {
            return find("ORDER BY createdAt, id").page(0, limit).list();
        }
        return find(
                        "createdAt > :created OR (createdAt = :created AND id > :id)"
                                + " ORDER BY createdAt, id",
                        Parameters.with("created", after.createdAt()).and("id", after.key()))
                .page(0, limit)
                .list();
    }
}
