package io.cognate.userpool.device;

import io.cognate.userpool.srp.SrpClient;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

/** The PASSWORD_VERIFIER round of USER_SRP_AUTH, client side. */
final class UserSrp {

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss 'UTC' yyyy", Locale.US);

    private UserSrp() {}

    static Map<String, String> answer(
            DeviceFixture fixture, InitiateAuthResponse challenge, SrpClient srp, String password) {
        Map<String, String> p = challenge.challengeParameters();
        String timestamp = TIMESTAMP.format(ZonedDateTime.now(ZoneOffset.UTC));
        Map<String, String> responses = new HashMap<>();
        responses.put("USERNAME", p.get("USER_ID_FOR_SRP"));
        responses.put("PASSWORD_CLAIM_SECRET_BLOCK", p.get("SECRET_BLOCK"));
        responses.put("TIMESTAMP", timestamp);
        responses.put(
                "PASSWORD_CLAIM_SIGNATURE",
                srp.signature(
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
