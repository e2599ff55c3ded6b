package io.cognate.userpool.device;

import io.cognate.contracts.srp.SrpClient;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

/** The PASSWORD_VERIFIER round of USER_SRP_AUTH, client side. */
final class UserSrp {

    private UserSrp() {}

    static Map<String, String> answer(
            DeviceFixture fixture, InitiateAuthResponse challenge, SrpClient srp, String password) {
        Map<String, String> p = challenge.challengeParameters();
        String timestamp = SrpClient.timestamp();
        Map<String, String> responses = new HashMap<>();
        responses.put("USERNAME", p.get("USER_ID_FOR_SRP"));
        responses.put("PASSWORD_CLAIM_SECRET_BLOCK", p.get("SECRET_BLOCK"));
        responses.put("TIMESTAMP", timestamp);
        responses.put(
                "PASSWORD_CLAIM_SIGNATURE",
                srp.userSignature(
                        fixture.poolId,
                        p.get("USER_ID_FOR_SRP"),
                        password,
                        p.get("SALT"),
                        p.get("SRP_B"),
                        p.get("SECRET_BLOCK"),
                        timestamp));
        return responses;
    }

    static RespondToAuthChallengeResponse respond(
            DeviceFixture fixture, Map<String, String> responses) {
        return fixture.cognito.respondToAuthChallenge(
                r ->
                        r.clientId(fixture.clientId)
                                .challengeName(ChallengeNameType.PASSWORD_VERIFIER)
                                .challengeResponses(responses));
    }
}
