package io.cognate.userpool.membership;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.group.Groups;
import io.cognate.userpool.user.Users;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Removes a user from a group. Removing a user who is not a member succeeds and changes nothing (no
 * event); the user and the group must still exist.
 */
@ApplicationScoped
public class AdminRemoveUserFromGroup
        implements AwsOperation<
                AdminRemoveUserFromGroup.Request, AdminRemoveUserFromGroup.Response> {

    public record Request(String userPoolId, String username, String groupName) {}

    public record Response() {}

    private final Users users;
    private final Groups groups;
    private final MembershipChanges changes;

    AdminRemoveUserFromGroup(Users users, Groups groups, MembershipChanges changes) {
        this.users = users;
        this.groups = groups;
        this.changes = changes;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithTransaction
    public Uni<Response> execute(Request request, RequestContext context) {
        Instant now = context.receivedAt().truncatedTo(ChronoUnit.MILLIS);
        return users.require(request.userPoolId(), request.username())
                .chain(
                        user ->
                                groups.require(request.userPoolId(), request.groupName())
                                        .chain(group -> changes.remove(user, group, now)))
                .replaceWith(new Response());
    }
}
