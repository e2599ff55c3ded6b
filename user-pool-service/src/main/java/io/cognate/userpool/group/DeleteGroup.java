package io.cognate.userpool.group;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.events.userpool.GroupDeleted;
import io.cognate.contracts.events.userpool.UserPoolConfigEvent;
import io.cognate.userpool.platform.Outbox;
import io.cognate.userpool.userpool.UserPoolStore;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Deletes a group; its memberships go with it through the database cascade. */
@ApplicationScoped
public class DeleteGroup implements AwsOperation<DeleteGroup.Request, DeleteGroup.Response> {

    public record Request(String groupName, String userPoolId) {}

    public record Response() {}

    private final UserPoolStore pools;
    private final GroupRepository groups;
    private final Outbox outbox;

    DeleteGroup(UserPoolStore pools, GroupRepository groups, Outbox outbox) {
        this.pools = pools;
        this.groups = groups;
        this.outbox = outbox;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithTransaction
    public Uni<Response> execute(Request request, RequestContext context) {
        return pools.requireExists(request.userPoolId())
                .chain(() -> groups.require(request.userPoolId(), request.groupName()))
                .call(groups::delete)
                .call(
                        group ->
                                outbox.append(
                                        new GroupDeleted(
                                                outbox.metadata(
                                                        UserPoolConfigEvent.TOPIC,
                                                        context.receivedAt()),
                                                group.userPoolId,
                                                group.name)))
                .replaceWith(new Response());
    }
}
