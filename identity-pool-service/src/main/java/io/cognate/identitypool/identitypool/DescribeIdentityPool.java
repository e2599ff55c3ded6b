package io.cognate.identitypool.identitypool;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** A pool's settings, as created or last updated. */
@ApplicationScoped
public class DescribeIdentityPool
        implements AwsOperation<DescribeIdentityPool.Request, IdentityPoolDescription> {

    public record Request(String identityPoolId) {}

    private final IdentityPoolRepository pools;

    DescribeIdentityPool(IdentityPoolRepository pools) {
        this.pools = pools;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithSession
    public Uni<IdentityPoolDescription> execute(Request request, RequestContext context) {
        return pools.require(request.identityPoolId()).map(IdentityPoolDescription::of);
    }
}
