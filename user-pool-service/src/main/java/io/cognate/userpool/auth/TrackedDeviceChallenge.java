package io.cognate.userpool.auth;

import io.cognate.userpool.device.Devices;
import io.cognate.userpool.user.UserAccountEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The device step of a sign-in (reference §3.5). A sign-in that presents the DEVICE_KEY of one of
 * the user's confirmed devices must prove the device: DEVICE_SRP_AUTH, then
 * DEVICE_PASSWORD_VERIFIER ({@link DeviceSrpAuth}, {@link DevicePasswordVerifier}). Any other
 * sign-in, in a pool with a DeviceConfiguration, announces a new device (NewDeviceMetadata) whose
 * key the tokens carry.
 */
@ApplicationScoped
class TrackedDeviceChallenge implements DeviceChallenge {

    static final String DEVICE_SRP_AUTH = "DEVICE_SRP_AUTH";
    static final String DEVICE_PASSWORD_VERIFIER = "DEVICE_PASSWORD_VERIFIER";

    /** The session state entry naming the device being proved. */
    static final String DEVICE_KEY = "deviceKey";

    private final Devices devices;
    private final AuthSessions sessions;

    TrackedDeviceChallenge(Devices devices, AuthSessions sessions) {
        this.devices = devices;
        this.sessions = sessions;
    }

    @Override
    public Uni<Optional<Attempt>> challenge(
            SignInFacts facts, UserAccountEntity user, Instant authTime) {
        return devices.confirmed(user.userPoolId, user.sub, facts.deviceKey())
                .chain(
                        device -> {
                            if (device == null) {
                                return Uni.createFrom().item(Optional.<Attempt>empty());
                            }
                            return sessions.open(
                                            facts.client(),
                                            user.sub,
                                            DEVICE_SRP_AUTH,
                                            facts.authFlow(),
                                            authTime,
                                            facts.now(),
                                            Map.of(DEVICE_KEY, device.deviceKey()))
                                    .map(
                                            session ->
                                                    Optional.of(
                                                            Attempt.step(
                                                                    AuthStep.challenge(
                                                                            DEVICE_SRP_AUTH,
                                                                            session,
                                                                            Map.of()))));
                        });
    }

    @Override
    public Uni<TokenDevice> forTokens(SignInFacts facts, UserAccountEntity user) {
        return devices.confirmed(user.userPoolId, user.sub, facts.deviceKey())
                .chain(
                        known -> {
                            if (known != null) {
                                return Uni.createFrom()
                                        .item(new TokenDevice(known.deviceKey(), null));
                            }
                            return devices.track(user, facts.context().sourceIp(), facts.now())
                                    .map(
                                            announced ->
                                                    announced == null
                                                            ? new TokenDevice(null, null)
                                                            : new TokenDevice(
                                                                    announced.deviceKey(),
                                                                    announced));
                        });
    }
}
