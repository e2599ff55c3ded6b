package io.cognate.broker.sts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

import io.cognate.broker.credentials.IssuedCredentials;
import io.cognate.broker.credentials.SessionPrincipal;
import io.cognate.broker.credentials.TemporaryCredentials;
import io.cognate.broker.testing.AwsClients;
import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.sigv4.SigV4Signer;
import io.cognate.contracts.sigv4.SigningCredentials;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.StsException;

/**
 * SECURITY-CASES 18 for temporary credentials: the session token is checked before the signature,
 * without any lookup, and every forgery gets the error code the SDK expects.
 */
@QuarkusTest
class SessionCredentialsSigV4QuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    @Inject TemporaryCredentials credentials;

    @Test
    void getCallerIdentityWhenMintedCredentialsValidThenAssumedRoleArn() {
        IssuedCredentials issued = mint(Instant.now().plusSeconds(900));

        try (StsClient sts =
                sts(issued.accessKeyId(), issued.secretAccessKey(), issued.sessionToken())) {
            assertThat(sts.getCallerIdentity().arn())
                    .isEqualTo("arn:aws:sts::000000000000:assumed-role/minted/session-1");
        }
    }

    @Test
    void getCallerIdentityWhenCredentialsExpiredThenExpiredToken() {
        IssuedCredentials expired = mint(Instant.now().minusSeconds(1));

        try (StsClient sts =
                sts(expired.accessKeyId(), expired.secretAccessKey(), expired.sessionToken())) {
            assertThatThrownBy(sts::getCallerIdentity)
                    .satisfies(e -> assertThat(code(e)).isEqualTo("ExpiredToken"))
                    .hasMessageContaining("expired");
        }
    }

    @Test
    void getCallerIdentityWhenSessionTokenTamperedThenInvalidClientTokenId() {
        IssuedCredentials issued = mint(Instant.now().plusSeconds(900));
        String token = issued.sessionToken();
        int middle = token.length() / 2;
        String tampered =
                token.substring(0, middle)
                        + (token.charAt(middle) == 'A' ? 'B' : 'A')
                        + token.substring(middle + 1);

        try (StsClient sts = sts(issued.accessKeyId(), issued.secretAccessKey(), tampered)) {
            assertThatThrownBy(sts::getCallerIdentity)
                    .satisfies(e -> assertThat(code(e)).isEqualTo("InvalidClientTokenId"));
        }
    }

    @Test
    void getCallerIdentityWhenSecretWrongThenSignatureDoesNotMatch() {
        IssuedCredentials issued = mint(Instant.now().plusSeconds(900));

        try (StsClient sts = sts(issued.accessKeyId(), "W".repeat(40), issued.sessionToken())) {
            assertThatThrownBy(sts::getCallerIdentity)
                    .satisfies(e -> assertThat(code(e)).isEqualTo("SignatureDoesNotMatch"));
        }
    }

    @Test
    void getCallerIdentityWhenTokenBelongsToAnotherKeyThenInvalidClientTokenId() {
        IssuedCredentials mine = mint(Instant.now().plusSeconds(900));
        IssuedCredentials theirs = mint(Instant.now().plusSeconds(900));

        try (StsClient sts =
                sts(mine.accessKeyId(), mine.secretAccessKey(), theirs.sessionToken())) {
            assertThatThrownBy(sts::getCallerIdentity)
                    .satisfies(e -> assertThat(code(e)).isEqualTo("InvalidClientTokenId"));
        }
    }

    @Test
    void getCallerIdentityWhenTemporaryKeyComesWithoutTokenThenInvalidClientTokenId() {
        IssuedCredentials issued = mint(Instant.now().plusSeconds(900));

        try (StsClient sts =
                AwsClients.sts(
                        endpoint,
                        AwsBasicCredentials.create(
                                issued.accessKeyId(), issued.secretAccessKey()))) {
            assertThatThrownBy(sts::getCallerIdentity)
                    .satisfies(e -> assertThat(code(e)).isEqualTo("InvalidClientTokenId"));
        }
    }

    @Test
    void requestWhenBodyTamperedAfterSigningWithSessionCredentialsThenSignatureDoesNotMatch() {
        IssuedCredentials issued = mint(Instant.now().plusSeconds(900));
        String host = endpoint.getHost() + ":" + endpoint.getPort();
        String body = "Action=GetCallerIdentity&Version=2011-06-15";
        AwsHttpRequest signed =
                SigV4Signer.sign(
                        new AwsHttpRequest(
                                "POST",
                                "/",
                                "",
                                Map.of(
                                        "Host", List.of(host),
                                        "Content-Type",
                                                List.of("application/x-www-form-urlencoded"),
                                        "X-Amz-Security-Token", List.of(issued.sessionToken())),
                                body.getBytes(StandardCharsets.UTF_8),
                                "127.0.0.1"),
                        new SigningCredentials(
                                issued.accessKeyId(),
                                issued.secretAccessKey(),
                                new Caller(issued.accessKeyId(), "000000000000", "unused")),
                        "us-east-1",
                        "sts",
                        Instant.now());

        send(signed, body).then().statusCode(200).body(containsString("assumed-role/minted"));
        send(signed, body + "&Padding=tampered")
                .then()
                .statusCode(403)
                .body(containsString("<Code>SignatureDoesNotMatch</Code>"));
    }

    /** Sends the signed headers with a body, byte for byte (no charset added to the type). */
    private Response send(AwsHttpRequest signed, String body) {
        var request =
                given().baseUri(endpoint.toString())
                        .config(
                                RestAssured.config()
                                        .encoderConfig(
                                                EncoderConfig.encoderConfig()
                                                        .appendDefaultContentCharsetToContentTypeIfUndefined(
                                                                false)));
        signed.headers().forEach((name, values) -> request.header(name, values.get(0)));
        return request.body(body).post("/");
    }

    private IssuedCredentials mint(Instant expiration) {
        return credentials.mint(
                new SessionPrincipal(
                        "000000000000",
                        "arn:aws:iam::000000000000:role/minted",
                        "AROAMINTEDFORTESTS00",
                        "minted",
                        "session-1",
                        expiration.minusSeconds(3600),
                        expiration,
                        Map.of(),
                        List.of(),
                        null,
                        null,
                        null));
    }

    private StsClient sts(String keyId, String secret, String token) {
        return AwsClients.sts(endpoint, AwsSessionCredentials.create(keyId, secret, token));
    }

    private static String code(Throwable e) {
        assertThat(e).isInstanceOf(StsException.class);
        return ((StsException) e).awsErrorDetails().errorCode();
    }
}
