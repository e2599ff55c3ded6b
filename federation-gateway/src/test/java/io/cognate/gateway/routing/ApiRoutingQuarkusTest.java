package io.cognate.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.cognate.gateway.platform.GatewayConfig;
import io.cognate.gateway.testing.AwsRestAssured;
import io.cognate.gateway.testing.RecordingUpstreamsProfile;
import io.cognate.gateway.testing.Recordings;
import io.cognate.gateway.testing.Recordings.Received;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each request reaches the service that owns it, or no service at all. */
@QuarkusTest
@TestProfile(RecordingUpstreamsProfile.class)
class ApiRoutingQuarkusTest {

    @Inject GatewayConfig config;

    private URI userPools;
    private URI identityPools;
    private URI broker;

    @BeforeEach
    void clearRecordings() {
        AwsRestAssured.configure();
        userPools = config.upstream().userPoolService();
        identityPools = config.upstream().identityPoolService();
        broker = config.upstream().credentialBroker();
        Recordings.clear(userPools, identityPools, broker);
    }

    @Test
    void postWhenUserPoolTargetThenUserPoolServiceAnswers() {
        given().contentType("application/x-amz-json-1.1")
                .header("X-Amz-Target", "AWSCognitoIdentityProviderService.InitiateAuth")
                .body("{}")
                .post("/")
                .then()
                .statusCode(200)
                .header("X-Upstream", "user-pool-service")
                .header("x-amzn-RequestId", "upstream-request-id")
                .body("upstream", equalTo("user-pool-service"));
        assertThat(Recordings.of(userPools)).hasSize(1);
        assertThat(Recordings.of(identityPools)).isEmpty();
        assertThat(Recordings.of(broker)).isEmpty();
    }

    @Test
    void postWhenIdentityPoolTargetThenIdentityPoolServiceAnswers() {
        given().contentType("application/x-amz-json-1.1")
                .header("X-Amz-Target", "AWSCognitoIdentityService.GetId")
                .body("{}")
                .post("/")
                .then()
                .statusCode(200)
                .body("upstream", equalTo("identity-pool-service"));
        assertThat(Recordings.of(identityPools)).hasSize(1);
        assertThat(Recordings.of(userPools)).isEmpty();
    }

    @Test
    void postWhenQueryFormWithoutTargetThenBrokerGetsTheForm() {
        String form = "Action=GetCallerIdentity&Version=2011-06-15";
        given().contentType("application/x-www-form-urlencoded; charset=utf-8")
                .body(form)
                .post("/")
                .then()
                .statusCode(200)
                .body("upstream", equalTo("credential-broker"));
        Received received = Recordings.of(broker).get(0);
        assertThat(new String(received.body())).isEqualTo(form);
        assertThat(received.header("Content-Type"))
                .containsExactly("application/x-www-form-urlencoded; charset=utf-8");
    }

    @Test
    void getWhenActionQueryThenBrokerGetsTheExactQuery() {
        given().urlEncodingEnabled(false)
                .get(
                        "/?Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Credential=AKID%2F20250101%2Fus-east-1%2Fsts%2Faws4_request")
                .then()
                .statusCode(200)
                .body("upstream", equalTo("credential-broker"));
        assertThat(Recordings.of(broker).get(0).uri())
                .isEqualTo(
                        "/?Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Credential=AKID%2F20250101%2Fus-east-1%2Fsts%2Faws4_request");
    }

    @Test
    void postWhenUnknownTargetThenUnknownOperationJsonAndNoUpstreamCalled() {
        given().contentType("application/x-amz-json-1.1")
                .header("X-Amz-Target", "AmazonSQS.SendMessage")
                .body("{}")
                .post("/")
                .then()
                .statusCode(400)
                .contentType("application/x-amz-json-1.1")
                .header("x-amzn-ErrorType", "UnknownOperationException:")
                .header("x-amzn-RequestId", matchesPattern("[0-9a-f-]{36}"))
                .body(
                        equalTo(
                                "{\"__type\":\"UnknownOperationException\",\"message\":\"X-Amz-Target"
                                        + " is missing or names no operation served by this"
                                        + " endpoint.\"}"));
        assertNoUpstreamCalled();
    }

    @Test
    void postWhenNeitherTargetNorFormThenUnknownOperationJson() {
        given().contentType("application/json")
                .body("{}")
                .post("/")
                .then()
                .statusCode(400)
                .header("x-amzn-ErrorType", "UnknownOperationException:")
                .body("__type", equalTo("UnknownOperationException"));
        assertNoUpstreamCalled();
    }

    @Test
    void getWhenPoolDiscoveryOrJwksThenUserPoolServiceGetsThePath() {
        given().get("/us-east-1_AbCdEf123/.well-known/jwks.json").then().statusCode(200);
        given().get("/us-east-1_AbCdEf123/.well-known/openid-configuration").then().statusCode(200);
        assertThat(Recordings.of(userPools))
                .extracting(Received::uri)
                .containsExactly(
                        "/us-east-1_AbCdEf123/.well-known/jwks.json",
                        "/us-east-1_AbCdEf123/.well-known/openid-configuration");
    }

    @Test
    void getWhenIdentityIssuerDocumentsThenIdentityPoolServiceGetsThePath() {
        given().get("/identity/.well-known/jwks_uri").then().statusCode(200);
        given().get("/identity/.well-known/openid-configuration").then().statusCode(200);
        given().get("/identity/.well-known/other").then().statusCode(404);
        assertThat(Recordings.of(identityPools))
                .extracting(Received::uri)
                .containsExactly(
                        "/identity/.well-known/jwks_uri",
                        "/identity/.well-known/openid-configuration");
        assertThat(Recordings.of(userPools)).isEmpty();
    }

    @Test
    void requestWhenOauth2PathThenUserPoolServiceGetsItWithQuery() {
        given().urlEncodingEnabled(false)
                .get("/oauth2/authorize?client_id=abc&response_type=code")
                .then()
                .statusCode(200);
        given().formParam("grant_type", "client_credentials")
                .post("/oauth2/token")
                .then()
                .statusCode(200);
        assertThat(Recordings.of(userPools))
                .extracting(Received::method, Received::uri)
                .containsExactly(
                        tuple("GET", "/oauth2/authorize?client_id=abc&response_type=code"),
                        tuple("POST", "/oauth2/token"));
    }

    @Test
    void requestWhenNoRouteMatchesThenJson404AndNoUpstreamCalled() {
        given().get("/").then().statusCode(404).body("__type", equalTo("NotFoundException"));
        given().get("/login").then().statusCode(404).body("__type", equalTo("NotFoundException"));
        given().put("/").then().statusCode(404).contentType("application/x-amz-json-1.1");
        given().get("/not-a-pool/.well-known/jwks.json").then().statusCode(404);
        assertNoUpstreamCalled();
    }

    private void assertNoUpstreamCalled() {
        assertThat(Recordings.of(userPools)).isEmpty();
        assertThat(Recordings.of(identityPools)).isEmpty();
        assertThat(Recordings.of(broker)).isEmpty();
    }
}
