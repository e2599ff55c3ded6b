package io.cognate.userpool.membership;

import io.cognate.userpool.group.GroupEntity;
import io.cognate.userpool.group.Groups;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Group membership for other features: the token work builds {@code cognito:groups}, {@code
 * cognito:roles} and {@code cognito:preferred_role} from {@link #groupsOf}. Call it inside the
 * caller's {@code @WithSession} / {@code @WithTransaction}.
 */
@ApplicationScoped
public class MembershipStore {

    private final MembershipRepository members;
    private final Groups groups;

    MembershipStore(MembershipRepository members, Groups groups) {
        this.members = members;
        this.groups = groups;
    }

    /**
     * The user's groups by precedence, lowest first and groups without one last, then by name; an
     * empty list for a user in no group (or an unknown user).
     */
    public Uni<List<GroupEntity>> groupsOf(String userPoolId, UUID sub) {
        return groups.findAllOfMember(userPoolId, sub).map(MembershipStore::inTokenOrder);
    }

    /** Groups in the order of {@link #groupsOf}, however they were read. */
    public static List<GroupEntity> inTokenOrder(Collection<GroupEntity> groups) {
        return groups.stream().sorted(GroupOrder.GROUPS).toList();
    }
}
