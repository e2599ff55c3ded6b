package io.cognate.userpool.auth;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.contracts.aws.error.ResourceNotFoundException;
import io.cognate.userpool.appclient.AppClients;
import io.cognate.userpool.device.Devices;
import io.cognate.userpool.user.UserAccountEntity;
import io.cognate.userpool.user.Users;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What both device challenges check before their own step: SECRET_HASH, the Session (single use,
 * this client, this challenge), that USERNAME and DEVICE_KEY name the user and the device the
 * Session was opened for, that the user may still sign in and the device is still confirmed.
 */
@ApplicationScoped
class DeviceSteps {

    /** Amazon-cognito-identity-js drops its cached device when the message mentions "device". */
    static final String NO_DEVICE = "Device does not exist.";

    /** A device challenge's sign-in, resumed. */
    record Resumed(
            AuthSessions.OpenSession session, UserAccountEntity user, Devices.KnownDevice device) {}

    private final AuthSessions sessions;
    private final Users users;
    private final AppClients clients;
    private final Devices devices;

    DeviceSteps(AuthSessions sessions, Users users, AppClients clients, Devices devices) {
        this.sessions = sessions;
        this.users = users;
        this.clients = clients;
        this.devices = devices;
    }

    Uni<Resumed> resume(ChallengeAnswer answer) {
        String username = answer.require("USERNAME");
        String deviceKey = answer.require("DEVICE_KEY");
        clients.verifySecretHash(answer.client(), username, answer.optional("SECRET_HASH"));
        var now = answer.context().receivedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        return sessions.redeem(answer.client(), answer.session(), answer.challengeName(), now)
                .chain(
                        open ->
                                users.find(answer.client().userPoolId(), username)
                                        .map(user -> sameSignIn(open, user, deviceKey))
                                        .chain(
                                                user ->
                                                        devices.confirmed(
                                                                        user.userPoolId,
                                                                        user.sub,
                                                                        deviceKey)
                                                                .map(
                                                                        device ->
                                                                                resumed(
                                                                                        open, user,
                                                                                        device))));
    }

    private static UserAccountEntity sameSignIn(
            AuthSessions.OpenSession open, UserAccountEntity user, String deviceKey) {
        if (user == null
                || !user.sub.equals(open.sub())
                || !deviceKey.equals(open.state().get(TrackedDeviceChallenge.DEVICE_KEY))) {
            throw new NotAuthorizedException(AuthSessions.INVALID);
        }
        if (!user.enabled) {
            throw new NotAuthorizedException("User is disabled.");
        }
        return user;
    }

    private static Resumed resumed(
            AuthSessions.OpenSession open, UserAccountEntity user, Devices.KnownDevice device) {
        if (device == null) {
            // Forgotten since the sign-in began.
            throw new ResourceNotFoundException(NO_DEVICE);
        }
        return new Resumed(open, user, device);
    }
}
