package io.cognate.userpool.auth;

import io.cognate.userpool.user.UserAccountEntity;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Optional;

/**
 * The device step after a proven first factor: DEVICE_SRP_AUTH when the sign-in presented the
 * DEVICE_KEY of one of the user's confirmed devices, or empty. Its DEVICE_PASSWORD_VERIFIER answer
 * continues with {@link SignInCompletion#afterDevice}. Runs inside the engine's transaction.
 */
interface DeviceChallenge {

    Uni<Optional<Attempt>> challenge(SignInFacts facts, UserAccountEntity user, Instant authTime);

    /**
     * The device the completed sign-in's tokens are bound to: the device it proved, else a new one
     * announced as NewDeviceMetadata when the pool tracks devices. Runs inside the engine's
     * transaction.
     */
    default Uni<TokenDevice> forTokens(SignInFacts facts, UserAccountEntity user) {
        return Uni.createFrom().item(new TokenDevice(facts.deviceKey(), null));
    }
}
