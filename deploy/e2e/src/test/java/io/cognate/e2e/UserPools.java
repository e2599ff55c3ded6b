package io.cognate.e2e;

import java.util.Map;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

/**
 * The app client, user set-up and password sign-in the e2e classes share: an administrator creates
 * a user without sending an invitation and gives it a permanent password, so it signs in straight
 * away.
 */
final class UserPools {

    private UserPools() {}

    /** A public app client (no secret) named {@code name} that allows these flows. */
    static String client(
            CognitoIdentityProviderClient cognito,
            String userPoolId,
            String name,
            ExplicitAuthFlowsType... flows) {
        return cognito.createUserPoolClient(
                        r -> r.userPoolId(userPoolId).clientName(name).explicitAuthFlows(flows))
                .userPoolClient()
                .clientId();
    }

    /** A new CONFIRMED user {@code prefix-<nanos>} with a permanent {@code password}. */
    static String confirmedUser(
            CognitoIdentityProviderClient cognito,
            String userPoolId,
            String prefix,
            String password,
            AttributeType... attributes) {
        String username = prefix + "-" + System.nanoTime();
        namedUser(cognito, userPoolId, username, password, attributes);
        return username;
    }

    /** The CONFIRMED user {@code username} with a permanent {@code password}. */
    static void namedUser(
            CognitoIdentityProviderClient cognito,
            String userPoolId,
            String username,
            String password,
            AttributeType... attributes) {
        cognito.adminCreateUser(
                r -> {
                    r.userPoolId(userPoolId).username(username).messageAction("SUPPRESS");
                    if (attributes.length > 0) {
                        r.userAttributes(attributes);
                    }
                });
        cognito.adminSetUserPassword(
                r ->
                        r.userPoolId(userPoolId)
                                .username(username)
                                .password(password)
                                .permanent(true));
    }

    /** USER_PASSWORD_AUTH: tokens, or the challenge the pool asks for. */
    static InitiateAuthResponse passwordSignIn(
            CognitoIdentityProviderClient cognito,
            String clientId,
            String username,
            String password) {
        return cognito.initiateAuth(
                r ->
                        r.clientId(clientId)
                                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                                .authParameters(
                                        Map.of("USERNAME", username, "PASSWORD", password)));
    }

    /** RespondToAuthChallenge with these responses to {@code challenge} in {@code session}. */
    static RespondToAuthChallengeResponse respond(
            CognitoIdentityProviderClient cognito,
            String clientId,
            String challenge,
            String session,
            Map<String, String> responses) {
        return cognito.respondToAuthChallenge(
                r ->
                        r.clientId(clientId)
                                .challengeName(challenge)
                                .session(session)
                                .challengeResponses(responses));
    }

    /** The user's {@code sub}, as AdminGetUser reports it. */
    static String sub(CognitoIdentityProviderClient cognito, String userPoolId, String username) {
        return cognito
                .adminGetUser(r -> r.userPoolId(userPoolId).username(username))
                .userAttributes()
                .stream()
                .filter(a -> a.name().equals("sub"))
                .map(AttributeType::value)
                .findFirst()
                .orElseThrow();
    }
}
