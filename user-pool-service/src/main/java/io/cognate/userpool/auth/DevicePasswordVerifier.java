package io.cognate.userpool.auth;

import io.cognate.userpool.device.Devices;
import io.cognate.userpool.srp.DeviceSrpServer;
import io.cognate.userpool.token.SignInGrant;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers DEVICE_PASSWORD_VERIFIER: checks the claim signature with the device's verifier and its
 * DeviceGroupKey (reference §3.5), then continues the sign-in after the device step — a remembered
 * device skips the second factor where the pool's ChallengeRequiredOnNewDevice says so — with
 * tokens bound to the device. A wrong proof is refused as a wrong password (the Session and the
 * SECRET_BLOCK stay spent), recorded as SignInFailed and counted toward the user's lockout shared
 * with the passwords (SECURITY-CASES 12).
 */
@ApplicationScoped
class DevicePasswordVerifier implements ChallengeHandler {

    private final DeviceSteps steps;
    private final DeviceSrpServer srp;
    private final Devices devices;
    private final SignInCompletion completion;
    private final SignInEvents events;
    private final SignInLockout lockout;
    private final GuardedProof guard;

    DevicePasswordVerifier(
            DeviceSteps steps,
            DeviceSrpServer srp,
            Devices devices,
            SignInCompletion completion,
            SignInEvents events,
            SignInLockout lockout,
            GuardedProof guard) {
        this.lockout = lockout;
        this.guard = guard;
        this.steps = steps;
        this.srp = srp;
        this.devices = devices;
        this.completion = completion;
        this.events = events;
    }

    @Override
    public String challengeName() {
        return TrackedDeviceChallenge.DEVICE_PASSWORD_VERIFIER;
    }

    @Override
    public Uni<Attempt> respond(ChallengeAnswer answer) {
        return steps.resume(answer).chain(resumed -> proof(answer, resumed));
    }

    private Uni<Attempt> proof(ChallengeAnswer answer, DeviceSteps.Resumed resumed) {
        Devices.KnownDevice device = resumed.device();
        SignInFacts facts =
                new SignInFacts(
                        answer.client(),
                        resumed.session().authFlow(),
                        answer.context(),
                        answer.clientMetadata(),
                        device.deviceKey(),
                        SignInGrant.AUTHENTICATE_DEVICE);
        return guard.unlessLocked(
                facts,
                resumed.user(),
                counter ->
                        srp.verify(
                                        answer.client().userPoolId(),
                                        answer.client().clientId(),
                                        answer.challengeResponses(),
                                        device.deviceKey(),
                                        device.deviceGroupKey(),
                                        device.verifier(),
                                        facts.now())
                                .chain(
                                        proved ->
                                                proved
                                                        ? lockout.succeededWhenTokens(
                                                                resumed.user(),
                                                                counter,
                                                                () -> proved(facts, resumed))
                                                        : lockout.failed(
                                                                        resumed.user(),
                                                                        counter,
                                                                        facts.now())
                                                                .chain(
                                                                        () ->
                                                                                wrong(
                                                                                        facts,
                                                                                        resumed))));
    }

    private Uni<Attempt> wrong(SignInFacts facts, DeviceSteps.Resumed resumed) {
        return SignInRefusals.refuse(
                events, facts, resumed.user(), "WRONG_DEVICE_PROOF", GuardedProof.INCORRECT);
    }

    private Uni<Attempt> proved(SignInFacts facts, DeviceSteps.Resumed resumed) {
        Devices.KnownDevice device = resumed.device();
        return devices.authenticated(
                        facts.client().userPoolId(),
                        device.deviceKey(),
                        facts.context().sourceIp(),
                        facts.now())
                .chain(() -> devices.skipsSecondFactor(facts.client().userPoolId(), device))
                .chain(
                        skips ->
                                completion.afterDevice(
                                        facts,
                                        resumed.user(),
                                        resumed.session().authTime(),
                                        skips));
    }
}
