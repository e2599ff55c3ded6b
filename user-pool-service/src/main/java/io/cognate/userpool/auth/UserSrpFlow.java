package io.cognate.userpool.auth;

import io.cognate.userpool.appclient.AppClients;
import io.cognate.userpool.errors.UserNotFoundException;
import io.cognate.userpool.srp.PasswordVerifierChallenge;
import io.cognate.userpool.srp.SrpServer;
import io.cognate.userpool.user.Users;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * USER_SRP_AUTH, round 1: answers the client's SRP_A with the PASSWORD_VERIFIER challenge (salt, B,
 * sealed SECRET_BLOCK) and, as Cognito, no Session. Unknown users get a plausible challenge when
 * the client hides user existence, so the failure surfaces at round 2 like a wrong password.
 */
@ApplicationScoped
class UserSrpFlow implements AuthFlowHandler {

    static final String AUTH_FLOW = "USER_SRP_AUTH";

    private final Users users;
    private final AppClients clients;
    private final SrpServer srp;
    private final SignInEvents events;
    private final SignInTriggers signInTriggers;

    UserSrpFlow(
            Users users,
            AppClients clients,
            SrpServer srp,
            SignInEvents events,
            SignInTriggers signInTriggers) {
        this.signInTriggers = signInTriggers;
        this.users = users;
        this.clients = clients;
        this.srp = srp;
        this.events = events;
    }

    @Override
    public Set<String> authFlows() {
        return Set.of(AUTH_FLOW);
    }

    @Override
    public Uni<Attempt> start(FlowStart start) {
        String username = start.require("USERNAME");
        String srpA = start.require("SRP_A");
        clients.verifySecretHash(start.client(), username, start.optional("SECRET_HASH"));
        SignInFacts facts = new SignInFacts(start.client(), AUTH_FLOW, start.context());
        return users.find(start.client().userPoolId(), username)
                .chain(
                        user -> {
                            if (user == null && !start.client().preventUserExistenceErrors()) {
                                return events.failed(
                                                facts.client(),
                                                null,
                                                username,
                                                AUTH_FLOW,
                                                "UNKNOWN_USER",
                                                facts.context())
                                        .replaceWith(
                                                Attempt.refused(
                                                        new UserNotFoundException(
                                                                "User does not exist.")));
                            }
                            // PreAuthentication runs before any proof, as on the password flow.
                            return (user == null
                                            ? Uni.createFrom().voidItem()
                                            : signInTriggers.before(
                                                    facts, user, start.clientMetadata()))
                                    .chain(
                                            () ->
                                                    srp.challenge(
                                                            start.client().userPoolId(),
                                                            start.client().clientId(),
                                                            username,
                                                            user,
                                                            srpA,
                                                            facts.now()))
                                    .map(
                                            challenge ->
                                                    Attempt.step(
                                                            AuthStep.challenge(
                                                                    PasswordVerifierChallenge
                                                                            .CHALLENGE_NAME,
                                                                    null,
                                                                    challenge
                                                                            .challengeParameters())));
                        });
    }
}
