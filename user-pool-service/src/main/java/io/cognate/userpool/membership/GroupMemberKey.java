package io.cognate.userpool.membership;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Primary key of {@link GroupMemberEntity}: a user is in a group at most once. */
public class GroupMemberKey implements Serializable {

    public UUID groupId;
    public UUID sub;

    public GroupMemberKey() {}

    public GroupMemberKey(UUID groupId, UUID sub) {
        this.groupId = groupId;
        this.sub = sub;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupMemberKey k
                && Objects.equals(groupId, k.groupId)
                && Objects.equals(sub, k.sub);
    }

    @Override
    public int hashCode() {
        return Objects.hash(groupId, sub);
    }
}
