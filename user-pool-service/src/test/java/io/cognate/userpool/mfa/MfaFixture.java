package io.cognate.userpool.mfa;

import io.cognate.contracts.events.DomainEvent;
import io.cognate.contracts.events.EventCodec;
import io.cognate.contracts.events.userpool.CodeDeliveryEvent;
import io.cognate.contracts.events.userpool.CodeDeliveryRequested;
import io.cognate.userpool.testing.CognitoClients;
import io.cognate.userpool.testing.SelfService;
import io.cognate.userpool.testing.TopicReader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserPoolMfaConfigRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;

/** A pool with an MFA configuration, a password-enabled client and helpers to sign users in. */
final class MfaFixture implements AutoCloseable {

    static final String PASSWORD = "Corr3ct-Horse!";

    final CognitoIdentityProviderClient admin;
    final CognitoIdentityProviderClient app;
    final String poolId;
    final String clientId;

    MfaFixture(URI endpoint) {
        admin = CognitoClients.root(endpoint);
        app = SelfService.anonymous(endpoint);
        poolId = admin.createUserPool(r -> r.poolName("mfa-" + UUID.randomUUID())).userPool().id();
        clientId =
                admin.createUserPoolClient(
                                r ->
                                        r.userPoolId(poolId)
                                                .clientName("app")
                                                .explicitAuthFlows(
                                                        ExplicitAuthFlowsType
                                                                .ALLOW_USER_PASSWORD_AUTH,
                                                        ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
                                                        ExplicitAuthFlowsType
                                                                .ALLOW_REFRESH_TOKEN_AUTH))
                        .userPoolClient()
                        .clientId();
    }

    /** Sets the pool's MFA mode with TOTP, and SMS / email when asked. */
    MfaFixture mfa(UserPoolMfaType mode, boolean sms, boolean email) {
        SetUserPoolMfaConfigRequest.Builder request =
                SetUserPoolMfaConfigRequest.builder()
                        .userPoolId(poolId)
                        .mfaConfiguration(mode)
                        .softwareTokenMfaConfiguration(t -> t.enabled(true));
        if (sms) {
            request.smsMfaConfiguration(
                    s ->
                            s.smsAuthenticationMessage("Your sign-in code is {####}")
                                    .smsConfiguration(
                                            c ->
                                                    c.snsCallerArn(
                                                                    "arn:aws:iam::123456789012:role/sns")
                                                            .externalId("cognate")));
        }
        if (email) {
            request.emailMfaConfiguration(
                    e -> e.message("Your email code is {####}").subject("Sign-in code"));
        }
        admin.setUserPoolMfaConfig(request.build());
        return this;
    }

    /** A CONFIRMED user with {@link #PASSWORD}, an email address and a phone number. */
    String user(String email) {
        String username = "user-" + UUID.randomUUID();
        admin.adminCreateUser(
                r ->
                        r.userPoolId(poolId)
                                .username(username)
                                .messageAction("SUPPRESS")
                                .userAttributes(
                                        SelfService.attr("email", email),
                                        SelfService.attr("phone_number", "+12065550123")));
        admin.adminSetUserPassword(
                r -> r.userPoolId(poolId).username(username).password(PASSWORD).permanent(true));
        return username;
    }

    /** A CONFIRMED user with {@link #PASSWORD} and neither an email address nor a phone number. */
    String bareUser() {
        String username = "bare-" + UUID.randomUUID();
        admin.adminCreateUser(
                r -> r.userPoolId(poolId).username(username).messageAction("SUPPRESS"));
        admin.adminSetUserPassword(
                r -> r.userPoolId(poolId).username(username).password(PASSWORD).permanent(true));
        return username;
    }

    InitiateAuthResponse signIn(String username) {
        return app.initiateAuth(
                r ->
                        r.clientId(clientId)
                                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                                .authParameters(
                                        Map.of("USERNAME", username, "PASSWORD", PASSWORD)));
    }

    String accessToken(String username) {
        return signIn(username).authenticationResult().accessToken();
    }

    RespondToAuthChallengeResponse respond(
            String challenge, String session, Map<String, String> responses) {
        return app.respondToAuthChallenge(
                r ->
                        r.clientId(clientId)
                                .challengeName(challenge)
                                .session(session)
                                .challengeResponses(responses));
    }

    /** Associates and verifies an authenticator by access token; its secret. */
    String enrolTotp(String accessToken) {
        String secret = app.associateSoftwareToken(r -> r.accessToken(accessToken)).secretCode();
        app.verifySoftwareToken(
                r -> r.accessToken(accessToken).userCode(Totp.code(secret, Instant.now())));
        return secret;
    }

    /** The code of the next step: later than any code already accepted, still within drift. */
    static String nextCode(String secret) {
        return Totp.code(secret, Instant.now().plusSeconds(Totp.STEP_SECONDS));
    }

    /**
     * The user's AUTHENTICATION code event on the delivery topic. Read record by record, skipping
     * what does not parse: the delivery tests park a poison record on the same topic.
     */
    static CodeDeliveryRequested delivery(String sub, String medium) {
        try (var consumer = TopicReader.subscribe(CodeDeliveryEvent.TOPIC)) {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (Instant.now().isBefore(deadline)) {
                for (var record : consumer.poll(Duration.ofMillis(250))) {
                    Optional<DomainEvent> event;
                    try {
                        event = EventCodec.fromJson(record.value());
                    } catch (IllegalArgumentException unreadable) {
                        continue;
                    }
                    if (event.isPresent()
                            && event.get() instanceof CodeDeliveryRequested d
                            && d.sub().equals(sub)
                            && d.purpose().equals("AUTHENTICATION")
                            && d.deliveryMedium().equals(medium)) {
                        return d;
                    }
                }
            }
        }
        throw new AssertionError("no AUTHENTICATION code event for " + sub);
    }

    @Override
    public void close() {
        admin.close();
        app.close();
    }
}
