package io.cognate.userpool.device;

import io.cognate.contracts.srp.SrpClient;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

/** The PASSWORD_VERIFIER round of USER_SRP_AUTH, client side. */
final class UserSrp {

    private UserSrp() {}

    static Map<String, String> answer(
            DeviceFixture fixture, InitiateAuthResponse challenge, SrpClient srp, String password) {
        return srp.passwordVerifierResponses(
                fixture.poolId, challenge.challengeParameters(), password, SrpClient.timestamp());
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
