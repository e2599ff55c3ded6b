package io.cognate.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import io.cognate.gateway.testing.AwsRestAssured;
import io.cognate.gateway.testing.UnreachableUpstreamsProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** A dead upstream is a retryable AWS error in the client's protocol, never an empty 502. */
@QuarkusTest
@TestProfile(UnreachableUpstreamsProfile.class)
class UnreachableUpstreamQuarkusTest {

    @org.junit.jupiter.api.BeforeEach
    void configureRestAssured() {
        AwsRestAssured.configure();
    }

    @Test
    void postWhenUserPoolServiceDownThen503InternalErrorJson() {
        given().header("Origin", "https://app.example.com")
                .contentType("application/x-amz-json-1.1")
                .header("X-Amz-Target", "AWSCognitoIdentityProviderService.InitiateAuth")
                .body("{}")
                .post("/")
                .then()
                .statusCode(503)
                .contentType("application/x-amz-json-1.1")
                .header("x-amzn-ErrorType", "InternalErrorException:")
                .header("x-amzn-RequestId", matchesPattern("[0-9a-f-]{36}"))
                .header("Access-Control-Allow-Origin", "*")
                .body(
                        equalTo(
                                "{\"__type\":\"InternalErrorException\",\"message\":\"Upstream"
                                        + " service unavailable.\"}"));
    }

    @Test
    void postWhenIdentityPoolServiceDownThen503InternalErrorJson() {
        given().contentType("application/x-amz-json-1.1")
                .header("X-Amz-Target", "AWSCognitoIdentityService.GetId")
                .body("{}")
                .post("/")
                .then()
                .statusCode(503)
                .body("__type", equalTo("InternalErrorException"));
    }

    @Test
    void postWhenBrokerDownThen503ServiceUnavailableQueryXml() {
        given().contentType("application/x-www-form-urlencoded")
                .body("Action=GetCallerIdentity&Version=2011-06-15")
                .post("/")
                .then()
                .statusCode(503)
                .contentType("text/xml")
                .body(
                        startsWith(
                                "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                                        + "<Error><Type>Receiver</Type><Code>ServiceUnavailable</Code>"
                                        + "<Message>Upstream service unavailable.</Message></Error>"
                                        + "<RequestId>"));
    }

    @Test
    void getWhenJwksUpstreamDownThen503Json() {
        given().get("/us-east-1_AbCdEf123/.well-known/jwks.json")
                .then()
                .statusCode(503)
                .body("__type", equalTo("InternalErrorException"));
    }
}
