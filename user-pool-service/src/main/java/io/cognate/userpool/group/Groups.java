package io.cognate.userpool.group;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * The groups' port for other features (membership, and later the token claims). Call it inside the
 * caller's {@code @WithSession} / {@code @WithTransaction}.
 */
@ApplicationScoped
public class Groups {

    private final GroupRepository groups;

    Groups(GroupRepository groups) {
        this.groups = groups;
    }

    /** The group, or ResourceNotFoundException ("Group not found.") for an unknown name. */
    public Uni<GroupEntity> require(String userPoolId, String groupName) {
        return groups.require(userPoolId, groupName);
    }

    /**
     * The groups the user belongs to, in no particular order: one query, as every sign-in and
     * refresh asks it.
     */
    public Uni<List<GroupEntity>> findAllOfMember(String userPoolId, UUID sub) {
        return groups.list(
                "id IN (SELECT m.groupId FROM GroupMemberEntity m"
                        + " WHERE m.userPoolId = ?1 AND m.sub = ?2)",
                userPoolId,
                sub);
    }

    /** The group as the model's {@code GroupType}. */
    public GroupType describe(GroupEntity group) {
        return GroupType.of(group);
    }
}
