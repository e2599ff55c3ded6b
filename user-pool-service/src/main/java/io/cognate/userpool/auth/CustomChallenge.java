package io.cognate.userpool.auth;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * CUSTOM_CHALLENGE answers (RespondToAuthChallenge and the Admin variant, {@code ANSWER} and {@code
 * USERNAME}): VerifyAuthChallengeResponse judges the answer against the sealed private parameters,
 * the round joins the session array, and DefineAuthChallenge decides what follows. A wrong answer
 * is not a refusal by itself: DefineAuthChallenge may ask again or fail. It is, though, a failed
 * sign-in for the user's lockout shared with passwords and MFA codes (SECURITY-CASES 12): a locked
 * user is refused before VerifyAuthChallengeResponse sees the answer, and the count ends only with
 * tokens, so guessing across many Sessions or in parallel locks the user.
 */
@ApplicationScoped
class CustomChallenge implements ChallengeHandler {

    private final CustomSessions sessions;
    private final ChallengeTriggers triggers;
    private final PrivateChallengeParameters privates;
    private final CustomAuthSteps steps;
    private final GuardedProof guard;
    private final SignInLockout lockout;

    CustomChallenge(
            CustomSessions sessions,
            ChallengeTriggers triggers,
            PrivateChallengeParameters privates,
            CustomAuthSteps steps,
            GuardedProof guard,
            SignInLockout lockout) {
        this.sessions = sessions;
        this.triggers = triggers;
        this.privates = privates;
        this.steps = steps;
        this.guard = guard;
        this.lockout = lockout;
    }

    @Override
    public String challengeName() {
        return CustomAuthSteps.CUSTOM_CHALLENGE;
    }

    @Override
    public Uni<Attempt> respond(ChallengeAnswer answer) {
        String response = answer.require("ANSWER");
        return sessions.resume(answer)
                .chain(
                        resumed -> {
                            CustomSignIn signIn = resumed.signIn();
                            // An unknown user (hidden existence) has no counter to lock.
                            return signIn.user() == null
                                    ? verify(resumed, response)
                                            .chain(correct -> next(resumed, correct))
                                    : guard.unlessLocked(
                                            signIn.facts(),
                                            signIn.user(),
                                            counter -> counted(resumed, response, counter));
                        });
    }

    private Uni<Attempt> counted(
            CustomSessions.Resumed resumed, String response, SignInLockout.Counter counter) {
        CustomSignIn signIn = resumed.signIn();
        return verify(resumed, response)
                .chain(
                        correct ->
                                correct
                                        ? lockout.succeededWhenTokens(
                                                signIn.user(), counter, () -> next(resumed, true))
                                        : lockout.failed(
                                                        signIn.user(),
                                                        counter,
                                                        signIn.facts().now())
                                                .chain(
                                                        () ->
                                                                lockout.succeededWhenTokens(
                                                                        signIn.user(),
                                                                        counter.plusFailure(),
                                                                        () ->
                                                                                next(
                                                                                        resumed,
                                                                                        false))));
    }

    private Uni<Boolean> verify(CustomSessions.Resumed resumed, String response) {
        CustomSignIn signIn = resumed.signIn();
        Map<String, String> privateParameters =
                privates.open(signIn, resumed.state().get(CustomSignIn.PRIVATE));
        return triggers.verify(signIn, privateParameters, response);
    }

    private Uni<Attempt> next(CustomSessions.Resumed resumed, boolean correct) {
        return steps.next(
                resumed.signIn()
                        .after(
                                CustomAuthSteps.CUSTOM_CHALLENGE,
                                correct,
                                resumed.state().get(CustomAuthSteps.METADATA)));
    }
}
