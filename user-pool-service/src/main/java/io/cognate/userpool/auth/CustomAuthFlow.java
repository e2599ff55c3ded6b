package io.cognate.userpool.auth;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.userpool.appclient.AppClients;
import io.cognate.userpool.errors.UserNotFoundException;
import io.cognate.userpool.user.UserAccountEntity;
import io.cognate.userpool.user.Users;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * CUSTOM_AUTH (InitiateAuth and AdminInitiateAuth): refused without a DefineAuthChallenge trigger;
 * otherwise the first DefineAuthChallenge call, with an empty session, or with {@code [SRP_A]} when
 * the client starts with SRP ({@code CHALLENGE_NAME=SRP_A}, as amazon-cognito-identity-js and
 * Amplify's CUSTOM_WITH_SRP do). InitiateAuth's ClientMetadata is not forwarded to these triggers,
 * as in Cognito. Unknown users go on with {@code userNotFound: true} when the client hides user
 * existence, and can never get tokens. A user locked out by failed sign-ins (wrong passwords, MFA
 * codes or custom answers) is refused before any trigger is called.
 */
@ApplicationScoped
class CustomAuthFlow implements AuthFlowHandler {

    private final Users users;
    private final AppClients clients;
    private final ChallengeTriggers triggers;
    private final CustomAuthSteps steps;
    private final SignInEvents events;
    private final GuardedProof guard;

    CustomAuthFlow(
            Users users,
            AppClients clients,
            ChallengeTriggers triggers,
            CustomAuthSteps steps,
            SignInEvents events,
            GuardedProof guard) {
        this.guard = guard;
        this.users = users;
        this.clients = clients;
        this.triggers = triggers;
        this.steps = steps;
        this.events = events;
    }

    @Override
    public Set<String> authFlows() {
        return Set.of(CustomSignIn.AUTH_FLOW);
    }

    @Override
    public Uni<Attempt> start(FlowStart start) {
        String username = start.require("USERNAME");
        boolean withSrp = "SRP_A".equals(start.optional("CHALLENGE_NAME"));
        String srpA = withSrp ? start.require("SRP_A") : null;
        clients.verifySecretHash(start.client(), username, start.optional("SECRET_HASH"));
        SignInFacts facts =
                new SignInFacts(
                        start.client(), CustomSignIn.AUTH_FLOW, start.context(), null, null);
        return triggers.configured(start.client().userPoolId())
                .chain(
                        configured -> {
                            if (!configured) {
                                throw new NotAuthorizedException(SignInEngine.NO_CUSTOM_AUTH);
                            }
                            return users.find(start.client().userPoolId(), username);
                        })
                .chain(user -> begin(facts, user, username, srpA));
    }

    private Uni<Attempt> begin(
            SignInFacts facts, UserAccountEntity user, String username, String srpA) {
        if (user == null && !facts.client().preventUserExistenceErrors()) {
            return refuse(
                    facts,
                    null,
                    username,
                    "UNKNOWN_USER",
                    new UserNotFoundException("User does not exist."));
        }
        if (user != null) {
            String refusal = SignInRefusals.reason(user, false);
            if (refusal != null) {
                return refuse(facts, user, user.username, refusal, SignInRefusals.error(refusal));
            }
        }
        CustomRounds rounds =
                srpA == null ? CustomRounds.none() : CustomRounds.none().plus("SRP_A", true, null);
        CustomSignIn signIn =
                new CustomSignIn(
                        facts, user, user == null ? username : user.username, rounds, srpA);
        // A locked user is refused before DefineAuthChallenge runs (SECURITY-CASES 12).
        return user == null
                ? steps.next(signIn)
                : guard.unlessLocked(facts, user, counter -> steps.next(signIn));
    }

    private Uni<Attempt> refuse(
            SignInFacts facts,
            UserAccountEntity user,
            String username,
            String reason,
            io.cognate.contracts.aws.error.AwsServiceException error) {
        return events.failed(
                        facts.client(),
                        user,
                        username,
                        CustomSignIn.AUTH_FLOW,
                        reason,
                        facts.context())
                .replaceWith(Attempt.refused(error));
    }
}
