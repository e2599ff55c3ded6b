package io.cognate.userpool.token;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.userpool.device.Devices;
import io.cognate.userpool.token.refresh.RefreshTokens;
import io.cognate.userpool.token.refresh.TokenFamilyEntity;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Cognito's rule for refreshing tokens issued to a device: the request must name the device ({@code
 * DEVICE_KEY} / {@code DeviceKey}) and the device must be confirmed and not forgotten; otherwise
 * {@code NotAuthorizedException: Invalid Refresh Token}.
 */
@ApplicationScoped
class DeviceBinding {

    private final Devices devices;

    DeviceBinding(Devices devices) {
        this.devices = devices;
    }

    Uni<Void> require(TokenFamilyEntity family, String presentedDeviceKey) {
        if (family.deviceKey == null) {
            return Uni.createFrom().voidItem();
        }
        if (!family.deviceKey.equals(presentedDeviceKey)) {
            return Uni.createFrom().failure(new NotAuthorizedException(RefreshTokens.INVALID));
        }
        // Refresh runs without a Hibernate session; device-bound families are the rare case.
        return Panache.withSession(
                        () -> devices.confirmed(family.userPoolId, family.sub, family.deviceKey))
                .map(
                        device -> {
                            if (device == null) {
                                throw new NotAuthorizedException(RefreshTokens.INVALID);
                            }
                            return null;
                        })
                .replaceWithVoid();
    }
}
