package io.cognate.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.cognate.gateway.platform.GatewayConfig;
import io.cognate.gateway.testing.AwsRestAssured;
import io.cognate.gateway.testing.RawHttp;
import io.cognate.gateway.testing.RecordingUpstreamsProfile;
import io.cognate.gateway.testing.Recordings;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bodies over 1 MiB are refused with an AWS error, without reading them first. */
@QuarkusTest
@TestProfile(RecordingUpstreamsProfile.class)
class BodyLimitQuarkusTest {

    private static final int MIB = 1024 * 1024;
    private static final String USER_POOL_HEAD =
            "POST / HTTP/1.1\r\nHost: localhost\r\n"
                    + "X-Amz-Target: AWSCognitoIdentityProviderService.SignUp\r\n"
                    + "Content-Type: application/x-amz-json-1.1\r\n";

    @TestHTTPResource("/")
    URI endpoint;

    @Inject GatewayConfig config;

    @BeforeEach
    void clearRecordings() {
        AwsRestAssured.configure();
        Recordings.clear(config.upstream().userPoolService(), config.upstream().credentialBroker());
    }

    @Test
    void postWhenDeclaredLengthOverLimitThen413BeforeAnyBodyIsSent() throws Exception {
        try (RawHttp http = new RawHttp(endpoint.getPort())) {
            // Only the head goes out: the gateway must answer without waiting for the body.
            RawHttp.Response response =
                    http.send(USER_POOL_HEAD + "Content-Length: " + (MIB + 1) + "\r\n\r\n").read();
            assertThat(response.status()).isEqualTo(413);
            assertThat(response.headers())
                    .containsEntry("content-type", "application/x-amz-json-1.1")
                    .containsEntry("x-amzn-errortype", "RequestEntityTooLargeException:")
                    .containsEntry("connection", "close")
                    .containsEntry("access-control-allow-origin", "*");
            assertThat(response.body())
                    .isEqualTo(
                            "{\"__type\":\"RequestEntityTooLargeException\",\"message\":\"Request"
                                    + " body is larger than 1 MiB.\"}");
            assertThat(http.closedByServer()).isTrue();
        }
        assertThat(Recordings.of(config.upstream().userPoolService())).isEmpty();
    }

    @Test
    void postWhenQueryFormOverLimitThen413InQueryXml() throws Exception {
        try (RawHttp http = new RawHttp(endpoint.getPort())) {
            RawHttp.Response response =
                    http.send(
                                    "POST / HTTP/1.1\r\nHost: localhost\r\n"
                                            + "Content-Type: application/x-www-form-urlencoded\r\n"
                                            + "Content-Length: 5000000\r\n\r\n")
                            .read();
            assertThat(response.status()).isEqualTo(413);
            assertThat(response.headers()).containsEntry("content-type", "text/xml");
            assertThat(response.body())
                    .startsWith(
                            "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                                    + "<Error><Type>Sender</Type><Code>RequestEntityTooLarge</Code>");
        }
        assertThat(Recordings.of(config.upstream().credentialBroker())).isEmpty();
    }

    @Test
    void postWhenBodyExactlyAtLimitThenUpstreamGetsAllOfIt() {
        byte[] body = new byte[MIB];
        Arrays.fill(body, (byte) 'a');
        given().contentType("application/x-amz-json-1.1")
                .header("X-Amz-Target", "AWSCognitoIdentityProviderService.SignUp")
                .body(body)
                .post("/")
                .then()
                .statusCode(200);
        assertThat(Recordings.of(config.upstream().userPoolService()).get(0).body())
                .isEqualTo(body);
    }

    @Test
    void postWhenChunkedBodyGrowsOverLimitThen413AndConnectionClosed() throws Exception {
        try (RawHttp http = new RawHttp(endpoint.getPort())) {
            http.send(USER_POOL_HEAD + "Transfer-Encoding: chunked\r\n\r\n");
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'b');
            String size = Integer.toHexString(chunk.length) + "\r\n";
            for (int i = 0; i <= MIB / chunk.length; i++) {
                http.send(size).send(chunk).send("\r\n");
            }
            // No terminating chunk: the gateway must decide on what it has counted.
            RawHttp.Response response = http.read();
            assertThat(response.status()).isEqualTo(413);
            assertThat(response.body()).contains("RequestEntityTooLargeException");
            assertThat(http.closedByServer()).isTrue();
        }
        assertThat(Recordings.of(config.upstream().userPoolService())).isEmpty();
    }

    @Test
    void postWhenChunkedBodyUnderLimitThenUpstreamGetsItWhole() throws Exception {
        try (RawHttp http = new RawHttp(endpoint.getPort())) {
            RawHttp.Response response =
                    http.send(USER_POOL_HEAD + "Transfer-Encoding: chunked\r\n\r\n")
                            .send("2\r\n{}\r\n0\r\n\r\n")
                            .read();
            assertThat(response.status()).isEqualTo(200);
        }
        assertThat(Recordings.of(config.upstream().userPoolService()).get(0).body())
                .isEqualTo("{}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void postWhenExpectContinueUnderLimitThenGatewayInvitesTheBody() throws Exception {
        try (RawHttp http = new RawHttp(endpoint.getPort())) {
            http.send(USER_POOL_HEAD + "Expect: 100-continue\r\nContent-Length: 2\r\n\r\n");
            assertThat(http.read().status()).isEqualTo(100);
            assertThat(http.send("{}").read().status()).isEqualTo(200);
        }
        var received = Recordings.of(config.upstream().userPoolService()).get(0);
        assertThat(received.header("Expect")).isEmpty();
        assertThat(received.body()).isEqualTo("{}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void postWhenExpectContinueOverLimitThen413WithoutInvitingTheBody() throws Exception {
        try (RawHttp http = new RawHttp(endpoint.getPort())) {
            RawHttp.Response response =
                    http.send(
                                    USER_POOL_HEAD
                                            + "Expect: 100-continue\r\nContent-Length: "
                                            + (2 * MIB)
                                            + "\r\n\r\n")
                            .read();
            assertThat(response.status()).isEqualTo(413);
        }
    }
}
