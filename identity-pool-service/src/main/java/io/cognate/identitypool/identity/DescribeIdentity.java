package io.cognate.identitypool.identity;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** An identity's linked providers and dates. */
@ApplicationScoped
public class DescribeIdentity
        implements AwsOperation<DescribeIdentity.Request, IdentityDescription> {

    public record Request(String identityId) {}

    private final Identities identities;

    DescribeIdentity(Identities identities) {
        this.identities = identities;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithSession
    public Uni<IdentityDescription> execute(Request request, RequestContext context) {
        return identities.require(request.identityId()).map(IdentityDescription::of);
    }
}
