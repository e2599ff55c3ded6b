package io.cognate.userpool.device;

import io.cognate.userpool.srp.SrpVerifier;
import io.cognate.userpool.user.UserAccountEntity;
import io.cognate.userpool.userpool.UserPoolRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The devices port for the sign-in flows and the token issuer. Call inside the caller's session or
 * transaction.
 */
@ApplicationScoped
public class Devices {

    private static final String GROUP_KEY_CHARS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /**
     * A confirmed device, as device SRP needs it.
     *
     * @param verifier the salt and verifier ConfirmDevice stored
     * @param remembered whether the device is remembered (a remembered device skips MFA)
     */
    public record KnownDevice(
            String deviceKey, String deviceGroupKey, SrpVerifier verifier, boolean remembered) {

        /** Without the verifier. */
        @Override
        public String toString() {
            return "KnownDevice[" + deviceKey + "]";
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final DeviceRepository devices;
    private final UserPoolRepository pools;

    Devices(DeviceRepository devices, UserPoolRepository pools) {
        this.devices = devices;
        this.pools = pools;
    }

    /** Whether a pool with these settings tracks devices (has a DeviceConfiguration). */
    public static boolean tracked(Map<String, Object> settings) {
        return DeviceSettings.of(settings).tracked();
    }

    /** The user's confirmed device with this key, or null. */
    public Uni<KnownDevice> confirmed(String userPoolId, UUID sub, String deviceKey) {
        if (deviceKey == null) {
            return Uni.createFrom().nullItem();
        }
        return devices.findOf(userPoolId, sub, deviceKey)
                .map(
                        d ->
                                d == null || !d.confirmed
                                        ? null
                                        : new KnownDevice(
                                                d.deviceKey,
                                                d.deviceGroupKey,
                                                new SrpVerifier(d.srpSalt, d.srpVerifier),
                                                d.remembered));
    }

    /**
     * A new, unconfirmed device of the user when the pool tracks devices, else null: what the
     * sign-in answers as NewDeviceMetadata. Its key is {@code <region>_<uuid>} as Cognito's.
     */
    public Uni<NewDeviceMetadataType> track(UserAccountEntity user, String sourceIp, Instant now) {
        return pools.settings(user.userPoolId)
                .chain(
                        settings -> {
                            if (!DeviceSettings.of(settings).tracked()) {
                                return Uni.createFrom().nullItem();
                            }
                            DeviceEntity device = new DeviceEntity();
                            device.userPoolId = user.userPoolId;
                            device.deviceKey = region(user.userPoolId) + "_" + UUID.randomUUID();
                            device.sub = user.sub;
                            device.deviceGroupKey = groupKey();
                            device.lastIpUsed = sourceIp;
                            device.createdAt = now;
                            device.lastModifiedAt = now;
                            device.lastAuthenticatedAt = now;
                            return Panache.getSession()
                                    .chain(s -> s.persist(device))
                                    .replaceWith(
                                            new NewDeviceMetadataType(
                                                    device.deviceKey, device.deviceGroupKey));
                        });
    }

    /**
     * Whether a sign-in proved on {@code device} skips the second factor: only a remembered device,
     * and only in a pool whose DeviceConfiguration has ChallengeRequiredOnNewDevice.
     */
    public Uni<Boolean> skipsSecondFactor(String userPoolId, KnownDevice device) {
        if (!device.remembered()) {
            return Uni.createFrom().item(false);
        }
        return pools.settings(userPoolId)
                .map(settings -> DeviceSettings.of(settings).rememberedSkipsMfa());
    }

    /** Records a successful device sign-in (DeviceLastAuthenticatedDate, last_ip_used). */
    public Uni<Void> authenticated(
            String userPoolId, String deviceKey, String sourceIp, Instant now) {
        return devices.findById(new DeviceKey(userPoolId, deviceKey))
                .invoke(
                        d -> {
                            if (d != null) {
                                d.lastAuthenticatedAt = now;
                                d.lastIpUsed = sourceIp;
                            }
                        })
                .replaceWithVoid();
    }

    private static String region(String userPoolId) {
        return userPoolId.substring(0, userPoolId.indexOf('_'));
    }

    /** Like Cognito's ({@code -9b0ne3AP}): a dash and eight alphanumerics. */
    private String groupKey() {
        StringBuilder key = new StringBuilder("-");
        for (int i = 0; i < 8; i++) {
            key.append(GROUP_KEY_CHARS.charAt(random.nextInt(GROUP_KEY_CHARS.length())));
        }
        return key.toString();
    }
}
