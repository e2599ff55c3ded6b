package io.cognate.userpool.device;

import io.cognate.contracts.aws.error.ResourceNotFoundException;
import io.cognate.userpool.token.revocation.Revocations;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * The writes the user and admin device operations share, in the caller's transaction. Forgetting a
 * device ends the sign-ins bound to it, as Cognito does: its refresh tokens and the access tokens
 * minted from them are revoked, and its key no longer passes DEVICE_SRP_AUTH or REFRESH_TOKEN_AUTH.
 */
@ApplicationScoped
class DeviceChanges {

    static final String REMEMBERED = "remembered";

    private final DeviceRepository devices;
    private final Revocations revocations;

    DeviceChanges(DeviceRepository devices, Revocations revocations) {
        this.devices = devices;
        this.revocations = revocations;
    }

    /** {@code remembered} / {@code not_remembered}; absent leaves the status as it is. */
    Uni<Void> updateStatus(
            String userPoolId, UUID sub, String deviceKey, String status, Instant now) {
        return devices.requireConfirmed(userPoolId, sub, deviceKey)
                .invoke(
                        device -> {
                            if (status != null) {
                                device.remembered = REMEMBERED.equals(status);
                                device.lastModifiedAt = now;
                            }
                        })
                .replaceWithVoid();
    }

    /** Deletes the device, confirmed or not, and revokes the sign-ins bound to it. */
    Uni<Void> forget(String userPoolId, UUID sub, String deviceKey, Instant now) {
        return devices.findOf(userPoolId, sub, deviceKey)
                .chain(
                        device -> {
                            if (device == null) {
                                throw new ResourceNotFoundException(DeviceRepository.NOT_FOUND);
                            }
                            return Panache.getSession().chain(s -> s.remove(device));
                        })
                .chain(() -> revocations.revokeDevice(userPoolId, deviceKey, now))
                .replaceWithVoid();
    }
}
