package io.cognate.userpool.userpool;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Returns a pool's full configuration. */
@ApplicationScoped
public class DescribeUserPool
        implements AwsOperation<DescribeUserPool.Request, DescribeUserPool.Response> {

    public record Request(String userPoolId) {}

    public record Response(ObjectNode userPool) {}

    private final UserPoolRepository pools;

    DescribeUserPool(UserPoolRepository pools) {
        this.pools = pools;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithSession
    public Uni<Response> execute(Request request, RequestContext context) {
        return pools.require(request.userPoolId())
                .map(pool -> new Response(UserPoolView.describe(pool)));
    }
}
