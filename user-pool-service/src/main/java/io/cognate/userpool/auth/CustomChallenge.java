package io.cognate.userpool.auth;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * CUSTOM_CHALLENGE answers (RespondToAuthChallenge and the Admin variant, {@code ANSWER} and {@code
 * USERNAME}): VerifyAuthChallengeResponse judges the answer against the sealed private parameters,
 * the round joins the session array, and DefineAuthChallenge decides what follows. A wrong answer
 * is not a refusal by itself: DefineAuthChallenge may ask again or fail.
 */
@ApplicationScoped
class CustomChallenge implements ChallengeHandler {

    private final CustomSessions sessions;
    private final ChallengeTriggers triggers;
    private final PrivateChallengeParameters privates;
    private final CustomAuthSteps steps;

    CustomChallenge(
            CustomSessions sessions,
            ChallengeTriggers triggers,
            PrivateChallengeParameters privates,
            CustomAuthSteps steps) {
        this.sessions = sessions;
        this.triggers = triggers;
        this.privates = privates;
        this.steps = steps;
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
                            Map<String, String> state = resumed.state();
                            Map<String, String> privateParameters =
                                    privates.open(signIn, state.get(CustomSignIn.PRIVATE));
                            return triggers.verify(signIn, privateParameters, response)
                                    .chain(
                                            correct ->
                                                    steps.next(
                                                            signIn.after(
                                                                    CustomAuthSteps
                                                                            .CUSTOM_CHALLENGE,
                                                                    correct,
                                                                    state.get(
                                                                            CustomAuthSteps
                                                                                    .METADATA))));
                        });
    }
}
