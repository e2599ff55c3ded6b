package io.cognate.userpool.auth;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.userpool.errors.InvalidLambdaResponseException;
import io.cognate.userpool.srp.PasswordVerifierChallenge;
import io.cognate.userpool.srp.SrpServer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The loop of a CUSTOM_AUTH sign-in after each round: DefineAuthChallenge decides between the
 * tokens, a refusal and the next challenge; a CUSTOM_CHALLENGE is made by CreateAuthChallenge, a
 * PASSWORD_VERIFIER (only right after SRP_A) is Cognito's own SRP round. The rounds travel in the
 * Session's state; the private challenge parameters too, sealed.
 */
@ApplicationScoped
class CustomAuthSteps {

    static final String CUSTOM_CHALLENGE = "CUSTOM_CHALLENGE";

    /**
     * Rounds after which DefineAuthChallenge may ask for no further challenge. The reference does
     * not give Cognito's bound; this one stops a trigger that never decides.
     */
    static final int MAX_ROUNDS = 8;

    static final String METADATA = "challengeMetadata";

    private final ChallengeTriggers triggers;
    private final AuthSessions sessions;
    private final PrivateChallengeParameters privates;
    private final SrpServer srp;
    private final SignInCompletion completion;
    private final SignInEvents events;

    CustomAuthSteps(
            ChallengeTriggers triggers,
            AuthSessions sessions,
            PrivateChallengeParameters privates,
            SrpServer srp,
            SignInCompletion completion,
            SignInEvents events) {
        this.triggers = triggers;
        this.sessions = sessions;
        this.privates = privates;
        this.srp = srp;
        this.completion = completion;
        this.events = events;
    }

    /** Asks DefineAuthChallenge what follows the rounds of {@code signIn}, and does it. */
    Uni<Attempt> next(CustomSignIn signIn) {
        return triggers.define(signIn).chain(decision -> act(signIn, decision));
    }

    private Uni<Attempt> act(CustomSignIn signIn, ChallengeTriggers.Decision decision) {
        if (decision.failAuthentication()) {
            return refuse(signIn, "CUSTOM_AUTH_FAILED");
        }
        if (decision.issueTokens()) {
            // A trigger cannot sign in a user who does not exist.
            return signIn.userNotFound()
                    ? refuse(signIn, "UNKNOWN_USER")
                    : completion.issue(signIn.facts(), signIn.user(), signIn.facts().now());
        }
        String name = decision.challengeName();
        if (signIn.rounds().size() >= MAX_ROUNDS) {
            return refuse(signIn, "TOO_MANY_ROUNDS");
        }
        if (CUSTOM_CHALLENGE.equals(name)) {
            return customChallenge(signIn);
        }
        if (PasswordVerifierChallenge.CHALLENGE_NAME.equals(name) && signIn.srpA() != null) {
            return passwordVerifier(signIn);
        }
        throw new InvalidLambdaResponseException("Invalid challenge name: " + name);
    }

    private Uni<Attempt> customChallenge(CustomSignIn signIn) {
        return triggers.create(signIn, CUSTOM_CHALLENGE)
                .chain(
                        created -> {
                            Map<String, String> state = new HashMap<>(signIn.state());
                            state.put(
                                    CustomSignIn.PRIVATE,
                                    privates.seal(signIn, created.privateParameters()));
                            if (created.metadata() != null) {
                                state.put(METADATA, created.metadata());
                            }
                            Map<String, String> parameters =
                                    new LinkedHashMap<>(created.publicParameters());
                            parameters.put("USERNAME", signIn.username());
                            return open(signIn, CUSTOM_CHALLENGE, state)
                                    .map(
                                            session ->
                                                    Attempt.step(
                                                            AuthStep.challenge(
                                                                    CUSTOM_CHALLENGE,
                                                                    session,
                                                                    parameters)));
                        });
    }

    /** Cognito's own SRP round inside CUSTOM_AUTH, with a Session that carries the rounds. */
    private Uni<Attempt> passwordVerifier(CustomSignIn signIn) {
        SignInFacts facts = signIn.facts();
        return srp.challenge(
                        facts.client().userPoolId(),
                        facts.client().clientId(),
                        signIn.username(),
                        signIn.user(),
                        signIn.srpA(),
                        facts.now())
                .chain(
                        challenge ->
                                open(
                                                signIn,
                                                PasswordVerifierChallenge.CHALLENGE_NAME,
                                                signIn.state())
                                        .map(
                                                session ->
                                                        Attempt.step(
                                                                AuthStep.challenge(
                                                                        PasswordVerifierChallenge
                                                                                .CHALLENGE_NAME,
                                                                        session,
                                                                        challenge
                                                                                .challengeParameters()))));
    }

    private Uni<String> open(CustomSignIn signIn, String challenge, Map<String, String> state) {
        SignInFacts facts = signIn.facts();
        return sessions.open(
                facts.client(),
                signIn.user() == null ? null : signIn.user().sub,
                challenge,
                CustomSignIn.AUTH_FLOW,
                facts.now(),
                facts.now(),
                state);
    }

    /** Refuses as Cognito does when the custom flow fails, after recording SignInFailed. */
    Uni<Attempt> refuse(CustomSignIn signIn, String reason) {
        return refuse(signIn, reason, GuardedProof.INCORRECT);
    }

    Uni<Attempt> refuse(CustomSignIn signIn, String reason, String message) {
        SignInFacts facts = signIn.facts();
        return events.failed(
                        facts.client(),
                        signIn.user(),
                        signIn.username(),
                        CustomSignIn.AUTH_FLOW,
                        reason,
                        facts.context())
                .replaceWith(Attempt.refused(new NotAuthorizedException(message)));
    }
}
