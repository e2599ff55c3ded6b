package io.cognate.identitypool.identitypool;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.identitypool.platform.CognateConfig;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** Creates an identity pool with id {@code <region>:<uuid>}, no roles and no role mappings. */
@ApplicationScoped
public class CreateIdentityPool
        implements AwsOperation<CreateIdentityPool.Request, IdentityPoolDescription> {

    public record Request(
            String identityPoolName,
            Boolean allowUnauthenticatedIdentities,
            Boolean allowClassicFlow,
            Map<String, String> supportedLoginProviders,
            String developerProviderName,
            List<String> openIdConnectProviderARNs,
            List<CognitoIdentityProvider> cognitoIdentityProviders,
            List<String> samlProviderARNs,
            Map<String, String> identityPoolTags) {

        PoolSettings settings() {
            return new PoolSettings(
                    identityPoolName,
                    allowUnauthenticatedIdentities,
                    allowClassicFlow,
                    supportedLoginProviders,
                    developerProviderName,
                    openIdConnectProviderARNs,
                    cognitoIdentityProviders,
                    samlProviderARNs,
                    identityPoolTags);
        }
    }

    private final IdentityPoolRepository pools;
    private final CognateConfig config;

    CreateIdentityPool(IdentityPoolRepository pools, CognateConfig config) {
        this.pools = pools;
        this.config = config;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithTransaction
    public Uni<IdentityPoolDescription> execute(Request request, RequestContext context) {
        Instant now = context.receivedAt().truncatedTo(ChronoUnit.MILLIS);
        IdentityPoolEntity pool = new IdentityPoolEntity();
        pool.id = IdentityPoolIds.next(config.region());
        pool.tags = Map.of();
        pool.roles = Map.of();
        pool.roleMappings = Map.of();
        pool.principalTagMaps = Map.of();
        pool.createdAt = now;
        request.settings().applyTo(pool, config.region(), now);
        return pools.persist(pool).map(IdentityPoolDescription::of);
    }
}
