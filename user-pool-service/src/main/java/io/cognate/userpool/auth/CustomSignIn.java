package io.cognate.userpool.auth;

import io.cognate.userpool.user.UserAccountEntity;
import java.util.Map;

/**
 * One CUSTOM_AUTH sign-in between two trigger calls: who signs in, the rounds so far, and what the
 * next step may need.
 *
 * @param user the user, or null when the USERNAME designates none (only reachable when the client
 *     hides user existence: the triggers then see {@code userNotFound: true})
 * @param username the internal username, or the USERNAME as typed for an unknown user
 * @param srpA the client's SRP_A while the sign-in may still answer PASSWORD_VERIFIER (only in the
 *     InitiateAuth that carried {@code CHALLENGE_NAME=SRP_A}), else null
 */
record CustomSignIn(
        SignInFacts facts,
        UserAccountEntity user,
        String username,
        CustomRounds rounds,
        String srpA) {

    static final String AUTH_FLOW = "CUSTOM_AUTH";

    /** Session state keys. */
    static final String FLOW = "flow";

    static final String USERNAME = "username";
    static final String ROUNDS = "rounds";
    static final String PRIVATE = "privateChallengeParameters";

    boolean userNotFound() {
        return user == null;
    }

    CustomSignIn after(String challengeName, boolean result, String metadata) {
        return new CustomSignIn(
                facts, user, username, rounds.plus(challengeName, result, metadata), null);
    }

    /** What the Session of the next challenge keeps (private parameters added by the caller). */
    Map<String, String> state() {
        return Map.of(FLOW, AUTH_FLOW, USERNAME, username, ROUNDS, rounds.write());
    }

    /** Never prints the user row or SRP_A. */
    @Override
    public String toString() {
        return "CustomSignIn[rounds=%d]".formatted(rounds.size());
    }
}
