package io.cognate.identitypool.protocol;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityException;

/**
 * The cognito-identity protocol endpoint: an unknown operation is answered with an AWS error the
 * SDK understands, never a 500, and health reports the database and Kafka.
 */
@QuarkusTest
class AwsJsonApiQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    @Test
    void operationWhenUnknownTargetThenAwsUnknownOperationError() {
        given().baseUri(endpoint.toString())
                .contentType("application/x-amz-json-1.1")
                .header("X-Amz-Target", "AWSCognitoIdentityService.NoSuchOperation")
                .body("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/")
                .then()
                .statusCode(400)
                .header(
                        "X-Amzn-ErrorType",
                        org.hamcrest.Matchers.startsWith("UnknownOperationException"))
                .body(org.hamcrest.Matchers.containsString("\"UnknownOperationException\""));
    }

    @Test
    void everyModeledOperationWhenCalledThenServedNotUnknown() {
        try (var identity =
                CognitoIdentityClient.builder()
                        .endpointOverride(endpoint)
                        .region(Region.US_EAST_1)
                        .credentialsProvider(
                                StaticCredentialsProvider.create(
                                        AwsBasicCredentials.create("AKIAANY", "any")))
                        .httpClient(UrlConnectionHttpClient.create())
                        .build()) {
            assertThatThrownBy(
                            () ->
                                    identity.unlinkIdentity(
                                            r ->
                                                    r.identityId(
                                                                    "us-east-1:00000000-0000-0000-0000-000000000000")
                                                            .logins(
                                                                    java.util.Map.of(
                                                                            "www.amazon.com", "t"))
                                                            .loginsToRemove("www.amazon.com")))
                    .isInstanceOf(CognitoIdentityException.class)
                    .satisfies(
                            e ->
                                    assertThat(
                                                    ((CognitoIdentityException) e)
                                                            .awsErrorDetails()
                                                            .errorCode())
                                            .isEqualTo("ResourceNotFoundException"));
        }
    }

    @Test
    void healthWhenDatabaseAndKafkaUpThenReady() {
        given().baseUri(endpoint.toString())
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(
                        "checks.name",
                        org.hamcrest.Matchers.hasItems(
                                org.hamcrest.Matchers.containsString("Reactive PostgreSQL"),
                                org.hamcrest.Matchers.containsString("Kafka")));
    }
}
