package io.cognate.broker.sts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.services.sts.model.StsException;

/** The Query protocol end to end: the real AWS SDK v2 STS client parses our XML. */
@QuarkusTest
class GetCallerIdentityQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    @Test
    void getCallerIdentityWhenSignedWithRootKeysThenRootPrincipalOfTheAccount() {
        try (StsClient sts = sts(rootKeyId(), rootSecret())) {
            GetCallerIdentityResponse identity = sts.getCallerIdentity();

            assertThat(identity.account()).isEqualTo("000000000000");
            assertThat(identity.arn()).isEqualTo("arn:aws:iam::000000000000:root");
            assertThat(identity.userId()).isEqualTo("000000000000");
        }
    }

    @Test
    void getCallerIdentityWhenSecretWrongThenSdkSurfacesSignatureError() {
        try (StsClient sts = sts(rootKeyId(), "wrong-secret")) {
            assertThatThrownBy(sts::getCallerIdentity)
                    .isInstanceOf(StsException.class)
                    .satisfies(
                            e ->
                                    assertThat(((StsException) e).awsErrorDetails().errorCode())
                                            .isEqualTo("SignatureDoesNotMatch"));
        }
    }

    @Test
    void queryWhenUnsignedThenXmlErrorNamesMissingToken() {
        given().baseUri(endpoint.toString())
                .contentType("application/x-www-form-urlencoded")
                .body("Action=GetCallerIdentity&Version=2011-06-15")
                .post("/")
                .then()
                .statusCode(403)
                .contentType(containsString("xml"))
                .body(containsString("<Code>MissingAuthenticationToken</Code>"));
    }

    @Test
    void queryWhenActionUnknownThenInvalidAction() {
        given().baseUri(endpoint.toString())
                .contentType("application/x-www-form-urlencoded")
                .body("Action=BrewTea&Version=2011-06-15")
                .post("/")
                .then()
                .statusCode(400)
                .body(containsString("<Code>InvalidAction</Code>"));
    }

    private StsClient sts(String keyId, String secret) {
        return StsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(keyId, secret)))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    private static String rootKeyId() {
        return ConfigProvider.getConfig().getValue("cognate.root.access-key-id", String.class);
    }

    private static String rootSecret() {
        return ConfigProvider.getConfig().getValue("cognate.root.secret-access-key", String.class);
    }
}
