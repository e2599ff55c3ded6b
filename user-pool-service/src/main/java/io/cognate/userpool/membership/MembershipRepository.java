package io.cognate.userpool.membership;

import io.cognate.contracts.paging.KeysetToken;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Queries over {@code group_member}; transactions belong to the operations. */
@ApplicationScoped
public class MembershipRepository
        implements PanacheRepositoryBase<GroupMemberEntity, GroupMemberKey> {

    // UUIDs and instants are bound as text / OffsetDateTime and cast by PostgreSQL, as elsewhere in
    // this service: the reactive client does not coerce them in native statements.
    private static final String ADD =
            "INSERT INTO user_pool.group_member (group_id, user_pool_id, sub, added_at)"
                    + " VALUES (CAST(?1 AS uuid), ?2, CAST(?3 AS uuid), CAST(?4 AS timestamptz))"
                    + " ON CONFLICT (group_id, sub) DO NOTHING";

    private static final String FIRST_PAGE =
            "SELECT * FROM user_pool.group_member WHERE group_id = CAST(?1 AS uuid)"
                    + " ORDER BY added_at, sub LIMIT ?2";

    private static final String PAGE_AFTER =
            "SELECT * FROM user_pool.group_member WHERE group_id = CAST(?1 AS uuid)"
                    + " AND (added_at, sub) > (CAST(?3 AS timestamptz), CAST(?4 AS uuid))"
                    + " ORDER BY added_at, sub LIMIT ?2";

    /** Adds the user to the group; true when it was not a member yet (the primary key decides). */
    Uni<Boolean> add(UUID groupId, String userPoolId, UUID sub, Instant at) {
        return Panache.getSession()
                .chain(
                        session ->
                                session.createNativeQuery(ADD)
                                        .setParameter(1, groupId.toString())
                                        .setParameter(2, userPoolId)
                                        .setParameter(3, sub.toString())
                                        .setParameter(4, at.atOffset(ZoneOffset.UTC))
                                        .executeUpdate())
                .map(rows -> rows > 0);
    }

    /** Removes the user from the group; true when it was a member. */
    Uni<Boolean> remove(UUID groupId, UUID sub) {
        return delete("groupId = ?1 AND sub = ?2", groupId, sub).map(rows -> rows > 0);
    }

    Uni<Long> countGroupsOf(String userPoolId, UUID sub) {
        return count("userPoolId = ?1 AND sub = ?2", userPoolId, sub);
    }

    /** One page of a group's members in joining order, after the given position (null: first). */
    Uni<List<GroupMemberEntity>> pageOf(UUID groupId, KeysetToken after, int limit) {
        return Panache.getSession()
                .chain(
                        session -> {
                            var query =
                                    session.createNativeQuery(
                                                    after == null ? FIRST_PAGE : PAGE_AFTER,
                                                    GroupMemberEntity.class)
                                            .setParameter(1, groupId.toString())
                                            .setParameter(2, limit);
                            if (after != null) {
                                query.setParameter(3, after.createdAt().atOffset(ZoneOffset.UTC))
                                        .setParameter(4, after.uuidKey().toString());
                            }
                            return query.getResultList();
                        });
    }
}
