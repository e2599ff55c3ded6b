package io.cognate.userpool.membership;

import io.cognate.contracts.paging.KeysetToken;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One user's membership of one group. Rows are written with plain SQL ({@link
 * MembershipRepository}) so that adding twice is a no-op decided by the primary key, and removed by
 * the foreign-key cascades when the group, the user or the pool goes.
 */
@Entity
@Table(name = "group_member")
@IdClass(GroupMemberKey.class)
public class GroupMemberEntity {

    @Id
    @Column(name = "group_id")
    public UUID groupId;

    @Id
    @Column(name = "sub")
    public UUID sub;

    @Column(name = "user_pool_id", nullable = false)
    public String userPoolId;

    /** When the user joined the group: ListUsersInGroup's order. */
    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    /** This membership's place in ListUsersInGroup's keyset paging (joining order). */
    public KeysetToken position() {
        return KeysetToken.of(addedAt, sub.toString());
    }
}
