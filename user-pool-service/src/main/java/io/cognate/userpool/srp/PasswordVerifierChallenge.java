package io.cognate.userpool.srp;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Round 1 of USER_SRP_AUTH: what InitiateAuth answers with {@code ChallengeName=PASSWORD_VERIFIER}
 * (reference §3.3). Cognito sends no {@code Session} with it.
 *
 * @param salt the user's SRP salt, hex
 * @param srpB the server's public value {@code B}, hex
 * @param secretBlock the sealed server state, base64; the client echoes it as {@code
 *     PASSWORD_CLAIM_SECRET_BLOCK}
 * @param userIdForSrp the internal username, sent as both {@code USER_ID_FOR_SRP} and {@code
 *     USERNAME}
 */
public record PasswordVerifierChallenge(
        String salt, String srpB, String secretBlock, String userIdForSrp) {

    public static final String CHALLENGE_NAME = "PASSWORD_VERIFIER";

    /** {@code ChallengeParameters} exactly as Cognito names them. */
    public Map<String, String> challengeParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("SALT", salt);
        parameters.put("SRP_B", srpB);
        parameters.put("SECRET_BLOCK", secretBlock);
        parameters.put("USER_ID_FOR_SRP", userIdForSrp);
        parameters.put("USERNAME", userIdForSrp);
        return parameters;
    }
}
