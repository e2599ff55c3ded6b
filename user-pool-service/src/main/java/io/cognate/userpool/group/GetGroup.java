package io.cognate.userpool.group;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.userpool.UserPoolStore;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Returns one group of a pool. */
@ApplicationScoped
public class GetGroup implements AwsOperation<GetGroup.Request, GetGroup.Response> {

    public record Request(String groupName, String userPoolId) {}

    public record Response(GroupType group) {}

    private final UserPoolStore pools;
    private final GroupRepository groups;

    GetGroup(UserPoolStore pools, GroupRepository groups) {
        this.pools = pools;
        this.groups = groups;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithSession
    public Uni<Response> execute(Request request, RequestContext context) {
        return pools.requireExists(request.userPoolId())
                .chain(() -> groups.require(request.userPoolId(), request.groupName()))
                .map(group -> new Response(GroupType.of(group)));
    }
}
