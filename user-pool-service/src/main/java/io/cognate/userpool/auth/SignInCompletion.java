package io.cognate.userpool.auth;

import io.cognate.userpool.token.SignInGrant;
import io.cognate.userpool.token.TokenIssuer;
import io.cognate.userpool.user.UserAccountEntity;
import io.cognate.userpool.user.UserStatus;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * What follows a proven password, whichever flow proved it (password, SRP): the user's state
 * decides between a refusal, the NEW_PASSWORD_REQUIRED challenge and the rest of the sign-in: the
 * device step ({@link DeviceChallenge}), then the second factor ({@link SecondFactor}), then the
 * tokens. A remembered device skips the second factor, as in Cognito.
 */
@ApplicationScoped
class SignInCompletion {

    static final String NEW_PASSWORD_REQUIRED = "NEW_PASSWORD_REQUIRED";

    private final NewPasswordChallenge newPassword;
    private final TokenIssuer tokens;
    private final SignInEvents events;
    private final DeviceChallenge devices;
    private final SecondFactor secondFactor;
    private final SignInTriggers signInTriggers;

    SignInCompletion(
            NewPasswordChallenge newPassword,
            TokenIssuer tokens,
            SignInEvents events,
            DeviceChallenge devices,
            SecondFactor secondFactor,
            SignInTriggers signInTriggers) {
        this.signInTriggers = signInTriggers;
        this.newPassword = newPassword;
        this.tokens = tokens;
        this.events = events;
        this.devices = devices;
        this.secondFactor = secondFactor;
    }

    /**
     * @param temporaryExpired the password was right but is a temporary one past its validity
     */
    Uni<Attempt> afterPassword(
            SignInFacts facts, UserAccountEntity user, boolean temporaryExpired) {
        String refusal = SignInRefusals.reason(user, temporaryExpired);
        if (refusal != null) {
            return events.failed(
                            facts.client(),
                            user,
                            user.username,
                            facts.authFlow(),
                            refusal,
                            facts.context())
                    .replaceWith(Attempt.refused(SignInRefusals.error(refusal)));
        }
        if (user.status == UserStatus.FORCE_CHANGE_PASSWORD) {
            return newPassword.open(facts, user);
        }
        return afterFirstFactor(facts, user, facts.now());
    }

    /** The device step, else the second factor, else the tokens. */
    Uni<Attempt> afterFirstFactor(SignInFacts facts, UserAccountEntity user, Instant authTime) {
        return devices.challenge(facts, user, authTime)
                .chain(
                        challenge ->
                                challenge.isPresent()
                                        ? Uni.createFrom().item(challenge.get())
                                        : afterDevice(facts, user, authTime, false));
    }

    /**
     * After the device step (or NEW_PASSWORD_REQUIRED, with {@code remembered} false): the second
     * factor unless the device is remembered, then the tokens.
     */
    Uni<Attempt> afterDevice(
            SignInFacts facts, UserAccountEntity user, Instant authTime, boolean remembered) {
        if (remembered) {
            return issue(facts, user, authTime);
        }
        return secondFactor
                .challenge(facts, user, authTime)
                .chain(
                        challenge ->
                                challenge.isPresent()
                                        ? Uni.createFrom().item(challenge.get())
                                        : issue(facts, user, authTime));
    }

    /** Tokens for a sign-in whose every step is done. */
    Uni<Attempt> issue(SignInFacts facts, UserAccountEntity user, Instant authTime) {
        return devices.forTokens(facts, user)
                .chain(
                        device ->
                                tokens.signIn(
                                                new SignInGrant(
                                                        facts.client(),
                                                        user,
                                                        authTime,
                                                        device.deviceKey(),
                                                        facts.tokenSource()),
                                                facts.context())
                                        .map(
                                                result ->
                                                        device.newDeviceMetadata() == null
                                                                ? result
                                                                : result.withNewDeviceMetadata(
                                                                        device
                                                                                .newDeviceMetadata())))
                .call(result -> signInTriggers.after(facts, user))
                .call(
                        result ->
                                events.succeeded(
                                        facts.client(),
                                        user,
                                        facts.authFlow(),
                                        result,
                                        facts.context()))
                .map(result -> Attempt.step(AuthStep.tokens(result)));
    }
}
