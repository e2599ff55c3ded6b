package io.cognate.userpool.auth;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.contracts.aws.error.ResourceNotFoundException;
import io.cognate.userpool.appclient.AppClients;
import io.cognate.userpool.device.Devices;
import io.cognate.userpool.srp.PasswordVerifierChallenge;
import io.cognate.userpool.srp.SrpServer;
import io.cognate.userpool.user.PasswordSignIns;
import io.cognate.userpool.user.UserAccountEntity;
import io.cognate.userpool.user.Users;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * USER_SRP_AUTH, round 2: checks the PASSWORD_CLAIM_SIGNATURE over the sealed SECRET_BLOCK. A wrong
 * claim counts towards the same lockout as a wrong password; a right one continues the sign-in
 * exactly as a right password does.
 */
@ApplicationScoped
class PasswordVerifier implements ChallengeHandler {

    private final Users users;
    private final AppClients clients;
    private final SrpServer srp;
    private final PasswordSignIns passwords;
    private final GuardedProof guard;
    private final SignInEvents events;
    private final Devices devices;
    private final CustomPasswordVerifier custom;

    PasswordVerifier(
            Users users,
            AppClients clients,
            SrpServer srp,
            PasswordSignIns passwords,
            GuardedProof guard,
            SignInEvents events,
            Devices devices,
            CustomPasswordVerifier custom) {
        this.users = users;
        this.clients = clients;
        this.srp = srp;
        this.passwords = passwords;
        this.guard = guard;
        this.events = events;
        this.devices = devices;
        this.custom = custom;
    }

    @Override
    public String challengeName() {
        return PasswordVerifierChallenge.CHALLENGE_NAME;
    }

    @Override
    public Uni<Attempt> respond(ChallengeAnswer answer) {
        if (answer.session() != null) {
            // Only CUSTOM_AUTH's SRP round comes with a Session; USER_SRP_AUTH's has none.
            return custom.respond(answer);
        }
        String username = answer.require("USERNAME");
        clients.verifySecretHash(answer.client(), username, answer.optional("SECRET_HASH"));
        String deviceKey = answer.optional("DEVICE_KEY");
        SignInFacts facts =
                new SignInFacts(
                        answer.client(),
                        UserSrpFlow.AUTH_FLOW,
                        answer.context(),
                        answer.clientMetadata(),
                        deviceKey);
        return users.find(answer.client().userPoolId(), username)
                .call(user -> requireDevice(user, deviceKey))
                .chain(
                        user ->
                                user == null
                                        ? unknown(facts, answer, username)
                                        : guard.run(facts, user, () -> proof(facts, answer, user)));
    }

    /**
     * A DEVICE_KEY that names none of the user's confirmed devices (forgotten, never confirmed,
     * unknown user alike) is refused before the SECRET_BLOCK is spent: amazon-cognito-identity-js
     * then drops its cached device and answers the same challenge again without it (§3.5).
     */
    private Uni<Void> requireDevice(UserAccountEntity user, String deviceKey) {
        if (deviceKey == null) {
            return Uni.createFrom().voidItem();
        }
        Uni<Devices.KnownDevice> device =
                user == null
                        ? Uni.createFrom().nullItem()
                        : devices.confirmed(user.userPoolId, user.sub, deviceKey);
        return device.map(
                        known -> {
                            if (known == null) {
                                throw new ResourceNotFoundException(DeviceSteps.NO_DEVICE);
                            }
                            return known;
                        })
                .replaceWithVoid();
    }

    private Uni<PasswordSignIns.Check> proof(
            SignInFacts facts, ChallengeAnswer answer, UserAccountEntity user) {
        return srp.verify(
                        answer.client().userPoolId(),
                        answer.client().clientId(),
                        answer.challengeResponses(),
                        user,
                        facts.now())
                .chain(verified -> passwords.proven(user, facts.now()))
                .onFailure(NotAuthorizedException.class)
                .recoverWithItem(PasswordSignIns.Check.MISMATCH);
    }

    private Uni<Attempt> unknown(SignInFacts facts, ChallengeAnswer answer, String username) {
        return srp.verify(
                        answer.client().userPoolId(),
                        answer.client().clientId(),
                        answer.challengeResponses(),
                        null,
                        facts.now())
                .replaceWith(Attempt.refused(new NotAuthorizedException(GuardedProof.INCORRECT)))
                .onFailure(NotAuthorizedException.class)
                .recoverWithUni(
                        failure ->
                                events.failed(
                                                facts.client(),
                                                null,
                                                username,
                                                UserSrpFlow.AUTH_FLOW,
                                                "UNKNOWN_USER",
                                                facts.context())
                                        .replaceWith(
                                                Attempt.refused(
                                                        new NotAuthorizedException(
                                                                GuardedProof.INCORRECT))));
    }
}
