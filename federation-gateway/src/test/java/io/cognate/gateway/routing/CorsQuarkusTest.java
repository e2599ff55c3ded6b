package io.cognate.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.cognate.gateway.platform.GatewayConfig;
import io.cognate.gateway.testing.AwsRestAssured;
import io.cognate.gateway.testing.RecordingUpstreamsProfile;
import io.cognate.gateway.testing.Recordings;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Browsers (amazon-cognito-identity-js) may call the APIs from any origin. */
@QuarkusTest
@TestProfile(RecordingUpstreamsProfile.class)
class CorsQuarkusTest {

    @org.junit.jupiter.api.BeforeEach
    void configureRestAssured() {
        AwsRestAssured.configure();
    }

    private static final String EXPOSED =
            "x-amzn-RequestId, x-amzn-ErrorType, x-amzn-ErrorMessage, Date";

    @Inject GatewayConfig config;

    @Test
    void preflightWhenBrowserAsksThenGatewayAllowsWithoutUpstream() {
        Recordings.clear(config.upstream().userPoolService());
        given().header("Origin", "https://app.example.com")
                .header("Access-Control-Request-Method", "POST")
                .header(
                        "Access-Control-Request-Headers",
                        "content-type,x-amz-target,x-amz-user-agent")
                .options("/")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", "POST, GET, OPTIONS")
                .header(
                        "Access-Control-Allow-Headers",
                        "content-type, x-amz-target, x-amz-user-agent, cache-control, authorization,"
                                + " x-amz-date, x-amz-security-token, amz-sdk-invocation-id,"
                                + " amz-sdk-request")
                .header("Access-Control-Max-Age", "7200");
        assertThat(Recordings.of(config.upstream().userPoolService())).isEmpty();
    }

    @Test
    void postWhenProxiedApiReplyThenCorsHeadersAdded() {
        given().header("Origin", "https://app.example.com")
                .contentType("application/x-amz-json-1.1")
                .header("X-Amz-Target", "AWSCognitoIdentityProviderService.InitiateAuth")
                .body("{}")
                .post("/")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", EXPOSED);
    }

    @Test
    void postWhenGatewayRefusesThenErrorStillReadableCrossOrigin() {
        given().header("Origin", "https://app.example.com")
                .contentType("application/x-amz-json-1.1")
                .header("X-Amz-Target", "Nope.Nothing")
                .body("{}")
                .post("/")
                .then()
                .statusCode(400)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", EXPOSED)
                .body("__type", equalTo("UnknownOperationException"));
    }

    @Test
    void getWhenBrowserRouteThenNoGatewayCorsHeaders() {
        given().get("/us-east-1_AbCdEf123/.well-known/jwks.json")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", (String) null);
    }
}
