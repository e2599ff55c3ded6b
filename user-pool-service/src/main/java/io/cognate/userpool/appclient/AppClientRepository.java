package io.cognate.userpool.appclient;

import io.cognate.contracts.aws.error.ResourceNotFoundException;
import io.cognate.contracts.paging.KeysetToken;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Queries over {@code app_client}; transactions belong to the operations. */
@ApplicationScoped
class AppClientRepository implements PanacheRepositoryBase<AppClientEntity, String> {

    /** The client, or Cognito's ResourceNotFoundException for an id that names nothing. */
    Uni<AppClientEntity> require(String clientId) {
        return findById(clientId).onItem().ifNull().failWith(() -> notFound(clientId));
    }

    /** The client of that pool; a client of another pool is as unknown as a missing one. */
    Uni<AppClientEntity> require(String userPoolId, String clientId) {
        return require(clientId)
                .invoke(
                        client -> {
                            if (!client.userPoolId.equals(userPoolId)) {
                                throw notFound(clientId);
                            }
                        });
    }

    /** One page of a pool's clients in creation order, after the given position (null: first). */
    Uni<List<AppClientEntity>> pageAfter(String userPoolId, KeysetToken after, int limit) {
        if (after == null) {
            return find(
                            "userPoolId = :pool ORDER BY createdAt, clientId",
                            Parameters.with("pool", userPoolId))
                    .page(0, limit)
                    .list();
        }
        return find(
                        "userPoolId = :pool AND (createdAt > :created"
                                + " OR (createdAt = :created AND clientId > :id))"
                                + " ORDER BY createdAt, clientId",
                        Parameters.with("pool", userPoolId)
                                .and("created", after.createdAt())
                                .and("id", after.key()))
                .page(0, limit)
                .list();
    }

    private static ResourceNotFoundException notFound(String clientId) {
        return new ResourceNotFoundException("User pool client " + clientId + " does not exist.");
    }
}
