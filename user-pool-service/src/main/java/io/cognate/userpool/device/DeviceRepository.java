package io.cognate.userpool.device;

import io.cognate.contracts.aws.error.ResourceNotFoundException;
import io.cognate.contracts.paging.KeysetToken;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Queries over {@code device}; other features use {@link Devices}. */
@ApplicationScoped
class DeviceRepository implements PanacheRepositoryBase<DeviceEntity, DeviceKey> {

    /** As Cognito words an unknown device; amazon-cognito-identity-js looks for "device" in it. */
    static final String NOT_FOUND = "Device does not exist.";

    /** The user's device with this key, or null (also for another user's device). */
    Uni<DeviceEntity> findOf(String userPoolId, UUID sub, String deviceKey) {
        return findById(new DeviceKey(userPoolId, deviceKey))
                .map(d -> d != null && d.sub.equals(sub) ? d : null);
    }

    /** The user's confirmed device, or ResourceNotFoundException "Device does not exist.". */
    Uni<DeviceEntity> requireConfirmed(String userPoolId, UUID sub, String deviceKey) {
        return findOf(userPoolId, sub, deviceKey)
                .map(
                        d -> {
                            if (d == null || !d.confirmed) {
                                throw new ResourceNotFoundException(NOT_FOUND);
                            }
                            return d;
                        });
    }

    /** One page of the user's confirmed devices in creation order, after {@code after}. */
    Uni<List<DeviceEntity>> pageAfter(String userPoolId, UUID sub, KeysetToken after, int limit) {
        if (after == null) {
            return find(
                            "userPoolId = ?1 AND sub = ?2 AND confirmed = true"
                                    + " ORDER BY createdAt, deviceKey",
                            userPoolId,
                            sub)
                    .page(0, limit)
                    .list();
        }
        return find(
                        "userPoolId = :pool AND sub = :sub AND confirmed = true"
                                + " AND (createdAt > :created"
                                + " OR (createdAt = :created AND deviceKey > :key))"
                                + " ORDER BY createdAt, deviceKey",
                        Parameters.with("pool", userPoolId)
                                .and("sub", sub)
                                .and("created", after.createdAt())
                                .and("key", after.key()))
                .page(0, limit)
                .list();
    }
}
