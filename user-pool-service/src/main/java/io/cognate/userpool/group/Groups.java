package io.cognate.userpool.group;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
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

    /** The groups with these ids, in no particular order; ids that name nothing are skipped. */
    public Uni<List<GroupEntity>> findAllById(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return groups.list("id IN ?1", ids);
    }

    /** The group as the model's {@code GroupType}. */
    public GroupType describe(GroupEntity group) {
        return GroupType.of(group);
    }
}
