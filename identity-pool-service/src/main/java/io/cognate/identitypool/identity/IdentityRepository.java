package io.cognate.identitypool.identity;

import io.cognate.contracts.aws.error.ResourceNotFoundException;
import io.cognate.contracts.paging.KeysetToken;
import io.cognate.identitypool.identitypool.PoolIdentities;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Queries over {@code identity}; transactions belong to the operations. */
@ApplicationScoped
public class IdentityRepository
        implements PanacheRepositoryBase<IdentityEntity, String>, PoolIdentities {

    public Uni<IdentityEntity> require(String identityId) {
        return findById(identityId).onItem().ifNull().failWith(() -> notFound(identityId));
    }

    @Override
    public Uni<List<String>> identityIds(String identityPoolId) {
        return find("identityPoolId", identityPoolId)
                .list()
                .map(identities -> identities.stream().map(i -> i.id).toList());
    }

    /** One page of a pool's identities in creation order, after the given position. */
    public Uni<List<IdentityEntity>> pageAfter(
            String identityPoolId, boolean hideDisabled, KeysetToken after, int limit) {
        String visible = hideDisabled ? " AND disabled = false" : "";
        Parameters params = Parameters.with("pool", identityPoolId);
        String position = "";
        if (after != null) {
            position = " AND (createdAt > :created OR (createdAt = :created AND id > :id))";
            params = params.and("created", after.createdAt()).and("id", after.key());
        }
        return find(
                        "identityPoolId = :pool" + visible + position + " ORDER BY createdAt, id",
                        params)
                .page(0, limit)
                .list();
    }

    static ResourceNotFoundException notFound(String identityId) {
        return new ResourceNotFoundException("Identity '" + identityId + "' not found.");
    }
}
