package io.cognate.contracts.sigv4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.aws.error.AccessDeniedException;
import io.cognate.contracts.aws.error.ExpiredTokenException;
import io.cognate.contracts.aws.error.InternalErrorException;
import io.cognate.contracts.aws.error.InvalidSignatureException;
import io.cognate.contracts.aws.error.UnrecognizedClientException;
import org.junit.jupiter.api.Test;

/** The broker's {@code /internal/verify} answers, as the errors a Cognito client expects. */
class BrokerVerdictsTest {

    private static final String ARN = "arn:aws:sts::000000000000:assumed-role/admins/s1";
    private static final String ACTION = "cognito-idp:AdminGetUser";
    private static final String RESOURCE =
            "arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_AbC123xyz";

    @Test
    void callerWhenAllowedThenPrincipal() {
        Caller caller = BrokerVerdicts.caller(200, authenticated(true, "ALLOW"), ACTION, RESOURCE);

        assertThat(caller).isEqualTo(new Caller("ASIAEXAMPLE000000001", "000000000000", ARN));
    }

    @Test
    void callerWhenImplicitlyDeniedThenAccessDeniedWordedLikeIam() {
        assertThatThrownBy(
                        () ->
                                BrokerVerdicts.caller(
                                        200,
                                        authenticated(false, "IMPLICIT_DENY"),
                                        ACTION,
                                        RESOURCE))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage(
                        "User: "
                                + ARN
                                + " is not authorized to perform: "
                                + ACTION
                                + " on resource: "
                                + RESOURCE
                                + " because no identity-based policy allows the "
                                + ACTION
                                + " action");
    }

    @Test
    void callerWhenExplicitlyDeniedThenAccessDeniedNamingTheDeny() {
        assertThatThrownBy(
                        () ->
                                BrokerVerdicts.caller(
                                        200,
                                        authenticated(false, "EXPLICIT_DENY"),
                                        ACTION,
                                        RESOURCE))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageEndingWith("with an explicit deny in an identity-based policy");
    }

    @Test
    void callerWhenBrokerRefusesSignatureThenInvalidSignature() {
        assertThatThrownBy(
                        () ->
                                BrokerVerdicts.caller(
                                        403, refused("SignatureDoesNotMatch"), ACTION, RESOURCE))
                .isInstanceOf(InvalidSignatureException.class);
    }

    @Test
    void callerWhenBrokerDoesNotKnowTheKeyThenUnrecognizedClient() {
        assertThatThrownBy(
                        () ->
                                BrokerVerdicts.caller(
                                        403, refused("InvalidClientTokenId"), ACTION, RESOURCE))
                .isInstanceOf(UnrecognizedClientException.class);
    }

    @Test
    void callerWhenSessionExpiredThenExpiredTokenException() {
        assertThatThrownBy(
                        () -> BrokerVerdicts.caller(403, refused("ExpiredToken"), ACTION, RESOURCE))
                .isInstanceOf(ExpiredTokenException.class)
                .hasMessage("The security token included in the request is expired");
    }

    @Test
    void callerWhenBrokerFailsOrAnswersNonsenseThenInternalErrorNeverAllowed() {
        assertThatThrownBy(
                        () ->
                                BrokerVerdicts.caller(
                                        503, refused("InternalFailure"), ACTION, RESOURCE))
                .isInstanceOf(InternalErrorException.class);
        assertThatThrownBy(() -> BrokerVerdicts.caller(200, null, ACTION, RESOURCE))
                .isInstanceOf(InternalErrorException.class);
        assertThatThrownBy(
                        () ->
                                BrokerVerdicts.caller(
                                        200,
                                        json(
                                                "{\"authenticated\":true,\"principal\":{\"arn\":\""
                                                        + ARN
                                                        + "\"}}"),
                                        ACTION,
                                        RESOURCE))
                .isInstanceOf(InternalErrorException.class);
    }

    private static JsonNode authenticated(boolean allowed, String effect) {
        return json(
                "{\"authenticated\":true,\"principal\":{\"arn\":\""
                        + ARN
                        + "\",\"accountId\":\"000000000000\",\"accessKeyId\":\"ASIAEXAMPLE000000001\"},"
                        + "\"decision\":{\"effect\":\""
                        + effect
                        + "\",\"allowed\":"
                        + allowed
                        + "}}");
    }

    private static JsonNode refused(String code) {
        return json(
                "{\"authenticated\":false,\"error\":{\"code\":\""
                        + code
                        + "\",\"message\":\"refused\"}}");
    }

    private static JsonNode json(String text) {
        try {
            return JsonMapper.builder().build().readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
