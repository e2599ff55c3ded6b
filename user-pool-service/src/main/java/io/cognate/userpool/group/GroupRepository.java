package io.cognate.userpool.group;

import io.cognate.contracts.aws.error.ResourceNotFoundException;
import io.cognate.contracts.paging.KeysetToken;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Queries over {@code user_group}; transactions belong to the operations. */
@ApplicationScoped
public class GroupRepository implements PanacheRepositoryBase<GroupEntity, UUID> {

    public Uni<GroupEntity> findByName(String userPoolId, String name) {
        return find(
                        "userPoolId = :pool AND name = :name",
                        Parameters.with("pool", userPoolId).and("name", name))
                .firstResult();
    }

    /** The group, or Cognito's ResourceNotFoundException for a name the pool does not have. */
    public Uni<GroupEntity> require(String userPoolId, String name) {
        return findByName(userPoolId, name)
                .onItem()
                .ifNull()
                .failWith(() -> new ResourceNotFoundException("Group not found."));
    }

    public Uni<Long> countIn(String userPoolId) {
        return count("userPoolId", userPoolId);
    }

    /** One page of a pool's groups in creation order, after the given position (null: first). */
    Uni<List<GroupEntity>> pageAfter(String userPoolId, KeysetToken after, int limit) {
        if (after == null) {
            return find("userPoolId = ?1 ORDER BY createdAt, name", userPoolId)
                    .page(0, limit)
                    .list();
        }
        return find(
                        "userPoolId = :pool AND (createdAt > :created"
                                + " OR (createdAt = :created AND name > :name))"
                                + " ORDER BY createdAt, name",
                        Parameters.with("pool", userPoolId)
                                .and("created", after.createdAt())
                                .and("name", after.key()))
                .page(0, limit)
                .list();
    }
}
