package io.cognate.userpool.membership;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.LimitExceededException;
import io.cognate.userpool.group.GroupEntity;
import io.cognate.userpool.group.Groups;
import io.cognate.userpool.user.UserAccountEntity;
import io.cognate.userpool.user.Users;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Adds a user to a group. As in Cognito, adding a member again succeeds and changes nothing (no
 * event). A user belongs to at most 100 groups (cognito.md §7).
 */
@ApplicationScoped
public class AdminAddUserToGroup
        implements AwsOperation<AdminAddUserToGroup.Request, AdminAddUserToGroup.Response> {

    /** Cognito's quota of groups per user. */
    static final int MAX_GROUPS_PER_USER = 100;

    public record Request(String userPoolId, String username, String groupName) {}

    public record Response() {}

    private final Users users;
    private final Groups groups;
    private final MembershipRepository members;
    private final MembershipChanges changes;

    AdminAddUserToGroup(
            Users users, Groups groups, MembershipRepository members, MembershipChanges changes) {
        this.users = users;
        this.groups = groups;
        this.members = members;
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
                                        .chain(group -> addIfAbsent(user, group, now)))
                .replaceWith(new Response());
    }

    private Uni<Void> addIfAbsent(UserAccountEntity user, GroupEntity group, Instant now) {
        return members.findById(new GroupMemberKey(group.id, user.sub))
                .chain(
                        existing -> {
                            if (existing != null) {
                                return Uni.createFrom().voidItem();
                            }
                            return members.countGroupsOf(user.userPoolId, user.sub)
                                    .invoke(AdminAddUserToGroup::requireRoomForOneMore)
                                    .chain(() -> changes.add(user, group, now));
                        });
    }

    private static void requireRoomForOneMore(long groupsOfUser) {
        if (groupsOfUser >= MAX_GROUPS_PER_USER) {
            throw new LimitExceededException(
                    "The user is already a member of the maximum of "
                            + MAX_GROUPS_PER_USER
                            + " groups.");
        }
    }
}
