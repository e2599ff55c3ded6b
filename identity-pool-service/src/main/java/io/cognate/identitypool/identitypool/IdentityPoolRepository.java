package io.cognate.identitypool.identitypool;

import io.cognate.contracts.aws.error.ResourceNotFoundException;
import io.cognate.contracts.paging.KeysetToken;
import io.cognate.identitypool.platform.CognateConfig;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Queries over {@code identity_pool}; transactions belong to the operations. */
@ApplicationScoped
public class IdentityPoolRepository implements PanacheRepositoryBase<IdentityPoolEntity, String> {

    private final CognateConfig config;

    IdentityPoolRepository(CognateConfig config) {
        this.config = config;
    }

    /** The pool, or Cognito's ResourceNotFoundException for an id that names nothing. */
    public Uni<IdentityPoolEntity> require(String identityPoolId) {
        return findById(identityPoolId).onItem().ifNull().failWith(() -> notFound(identityPoolId));
    }

    /** The pool an ARN of this region and account names; anything else is not found. */
    public Uni<IdentityPoolEntity> requireByArn(String arn) {
        String id = IdentityPoolIds.idFromArn(arn, config.region(), config.accountId());
        Uni<IdentityPoolEntity> pool = id == null ? Uni.createFrom().nullItem() : findById(id);
        return pool.onItem()
                .ifNull()
                .failWith(() -> new ResourceNotFoundException("Resource " + arn + " not found."));
    }

    /** One page in creation order, starting after the given position (null for the first page). */
    public Uni<List<IdentityPoolEntity>> pageAfter(KeysetToken after, int limit) {
        if (after == null) {
            return find("ORDER BY createdAt, id").page(0, limit).list();
        }
        return find(
                        "createdAt > :created OR (createdAt = :created AND id > :id)"
                                + " ORDER BY createdAt, id",
                        Parameters.with("created", after.createdAt()).and("id", after.key()))
                .page(0, limit)
                .list();
    }

    static ResourceNotFoundException notFound(String identityPoolId) {
        return new ResourceNotFoundException("IdentityPool '" + identityPoolId + "' not found.");
    }
}
