package io.cognate.identitypool.identitypool;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.identitypool.platform.CognateConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Replaces a pool's settings as a whole, as Cognito does: a provider left out of the request is
 * removed. Roles, role mappings and principal-tag maps have their own operations and stay.
 */
@ApplicationScoped
public class UpdateIdentityPool
        implements AwsOperation<UpdateIdentityPool.Request, IdentityPoolDescription> {

    public record Request(
            String identityPoolId,
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
    private final PoolViews views;
    private final CognateConfig config;

    UpdateIdentityPool(IdentityPoolRepository pools, PoolViews views, CognateConfig config) {
        this.pools = pools;
        this.views = views;
        this.config = config;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    /** The pool's cached settings are forgotten once the transaction has ended. */
    @Override
    public Uni<IdentityPoolDescription> execute(Request request, RequestContext context) {
        return Panache.withTransaction(
                        () ->
                                pools.require(request.identityPoolId())
                                        .invoke(
                                                pool ->
                                                        request.settings()
                                                                .applyTo(
                                                                        pool,
                                                                        config.region(),
                                                                        context.receivedAt()
                                                                                .truncatedTo(
                                                                                        ChronoUnit
                                                                                                .MILLIS)))
                                        .map(IdentityPoolDescription::of))
                .onTermination()
                .invoke(() -> views.forget(request.identityPoolId()));
    }
}
