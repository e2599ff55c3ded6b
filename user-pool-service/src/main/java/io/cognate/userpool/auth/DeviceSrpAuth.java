package io.cognate.userpool.auth;

import io.cognate.userpool.srp.DeviceSrpServer;
import io.cognate.userpool.srp.PasswordVerifierChallenge;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers DEVICE_SRP_AUTH (the client's SRP_A for its device) with DEVICE_PASSWORD_VERIFIER: the
 * device's salt, B computed with the device's verifier, a SECRET_BLOCK sealed for this device, and
 * a new Session (reference §3.5).
 */
@ApplicationScoped
class DeviceSrpAuth implements ChallengeHandler {

    private final DeviceSteps steps;
    private final DeviceSrpServer srp;
    private final AuthSessions sessions;

    DeviceSrpAuth(DeviceSteps steps, DeviceSrpServer srp, AuthSessions sessions) {
        this.steps = steps;
        this.srp = srp;
        this.sessions = sessions;
    }

    @Override
    public String challengeName() {
        return TrackedDeviceChallenge.DEVICE_SRP_AUTH;
    }

    @Override
    public Uni<Attempt> respond(ChallengeAnswer answer) {
        String srpA = answer.require("SRP_A");
        Instant now = answer.context().receivedAt().truncatedTo(ChronoUnit.MILLIS);
        return steps.resume(answer)
                .chain(
                        resumed ->
                                srp.challenge(
                                                answer.client().userPoolId(),
                                                answer.client().clientId(),
                                                resumed.device().deviceKey(),
                                                resumed.device().verifier(),
                                                srpA,
                                                now)
                                        .chain(
                                                challenge ->
                                                        verifierStep(
                                                                answer, resumed, challenge, now)));
    }

    private Uni<Attempt> verifierStep(
            ChallengeAnswer answer,
            DeviceSteps.Resumed resumed,
            PasswordVerifierChallenge challenge,
            Instant now) {
        String next = TrackedDeviceChallenge.DEVICE_PASSWORD_VERIFIER;
        return sessions.open(
                        answer.client(),
                        resumed.user().sub,
                        next,
                        resumed.session().authFlow(),
                        resumed.session().authTime(),
                        now,
                        resumed.session().state())
                .map(
                        session ->
                                Attempt.step(
                                        AuthStep.challenge(
                                                next,
                                                session,
                                                parameters(challenge, resumed.user().username))));
    }

    private static Map<String, String> parameters(
            PasswordVerifierChallenge challenge, String username) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("SALT", challenge.salt());
        parameters.put("SRP_B", challenge.srpB());
        parameters.put("SECRET_BLOCK", challenge.secretBlock());
        parameters.put("USERNAME", username);
        return parameters;
    }
}
