package io.cognate.userpool.membership;

import io.cognate.contracts.aws.error.ResourceNotFoundException;
import io.cognate.contracts.events.userpool.GroupMembershipChanged;
import io.cognate.contracts.events.userpool.UserEvent;
import io.cognate.userpool.errors.UserNotFoundException;
import io.cognate.userpool.group.GroupEntity;
import io.cognate.userpool.platform.Outbox;
import io.cognate.userpool.user.UserAccountEntity;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Writes membership changes and their {@code GroupMembershipChanged} events, in the caller's
 * transaction. An event is appended only when the membership actually changed.
 */
@ApplicationScoped
class MembershipChanges {

    static final String ADDED = "ADDED";
    static final String REMOVED = "REMOVED";

    private final MembershipRepository members;
    private final Outbox outbox;

    MembershipChanges(MembershipRepository members, Outbox outbox) {
        this.members = members;
        this.outbox = outbox;
    }

    Uni<Void> add(UserAccountEntity user, GroupEntity group, Instant now) {
        return members.add(group.id, user.userPoolId, user.sub, now)
                // The user or the group was loaded in this transaction, but a concurrent
                // AdminDeleteUser or DeleteGroup can still commit first: the foreign keys decide.
                .onFailure(e -> violates(e, "group_member_user"))
                .transform(e -> new UserNotFoundException("User does not exist."))
                .onFailure(e -> violates(e, "group_member_group"))
                .transform(e -> new ResourceNotFoundException("Group not found."))
                .chain(
                        added ->
                                added
                                        ? changed(user, group, ADDED, now)
                                        : Uni.createFrom().voidItem());
    }

    Uni<Void> remove(UserAccountEntity user, GroupEntity group, Instant now) {
        return members.remove(group.id, user.sub)
                .chain(
                        removed ->
                                removed
                                        ? changed(user, group, REMOVED, now)
                                        : Uni.createFrom().voidItem());
    }

    private Uni<Void> changed(
            UserAccountEntity user, GroupEntity group, String change, Instant now) {
        return outbox.append(
                new GroupMembershipChanged(
                        outbox.metadata(UserEvent.TOPIC, now),
                        user.userPoolId,
                        user.sub.toString(),
                        user.username,
                        group.name,
                        change));
    }

    private static boolean violates(Throwable failure, String constraint) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PgException pg && constraint.equals(pg.getConstraint())) {
                return true;
            }
        }
        return false;
    }
}
