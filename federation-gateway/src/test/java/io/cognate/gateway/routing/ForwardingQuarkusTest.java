package io.cognate.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import io.cognate.gateway.platform.GatewayConfig;
import io.cognate.gateway.testing.AwsRestAssured;
import io.cognate.gateway.testing.RecordingUpstreamsProfile;
import io.cognate.gateway.testing.Recordings;
import io.cognate.gateway.testing.Recordings.Received;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Forwarded requests arrive as the client sent them: what SigV4 signs byte for byte, plus the usual
 * {@code X-Forwarded-*} headers, minus hop-by-hop headers in both directions.
 */
@QuarkusTest
@TestProfile(RecordingUpstreamsProfile.class)
class ForwardingQuarkusTest {

    @Inject GatewayConfig config;

    private URI userPools;

    @BeforeEach
    void clearRecordings() {
        AwsRestAssured.configure();
        userPools = config.upstream().userPoolService();
        Recordings.clear(userPools);
    }

    @Test
    void postWhenSignedThenUpstreamGetsSignedHeadersAndBodyByteForByte() {
        byte[] body = new byte[4096];
        new Random(42).nextBytes(body); // not even valid UTF-8: nothing may re-encode it
        String authorization =
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20250101/us-east-1/cognito-idp/aws4_request,"
                        + " SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target,"
                        + " Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        given().header("Host", "cognito-idp.us-east-1.amazonaws.com")
                .header("Authorization", authorization)
                .header("X-Amz-Date", "20250101T000000Z")
                .header("X-Amz-Security-Token", "FwoGZXIvYXdzEXAMPLE//token==")
                .header("X-Amz-Target", "AWSCognitoIdentityProviderService.AdminGetUser")
                .contentType("application/x-amz-json-1.1")
                .body(body)
                .post("/")
                .then()
                .statusCode(200);
        Received received = Recordings.of(userPools).get(0);
        assertThat(received.body()).isEqualTo(body);
        assertThat(received.header("Host")).containsExactly("cognito-idp.us-east-1.amazonaws.com");
        assertThat(received.header("Authorization")).containsExactly(authorization);
        assertThat(received.header("X-Amz-Date")).containsExactly("20250101T000000Z");
        assertThat(received.header("X-Amz-Security-Token"))
                .containsExactly("FwoGZXIvYXdzEXAMPLE//token==");
        assertThat(received.header("X-Amz-Target"))
                .containsExactly("AWSCognitoIdentityProviderService.AdminGetUser");
        assertThat(received.header("Content-Type")).containsExactly("application/x-amz-json-1.1");
        assertThat(received.header("Content-Length")).containsExactly("4096");
    }

    @Test
    void postWhenHostCarriesDefaultPortThenUpstreamGetsItUnchanged() {
        given().header("Host", "localhost:80")
                .contentType("application/x-amz-json-1.1")
                .header("X-Amz-Target", "AWSCognitoIdentityProviderService.SignUp")
                .body("{}")
                .post("/")
                .then()
                .statusCode(200);
        assertThat(Recordings.of(userPools).get(0).header("Host")).containsExactly("localhost:80");
    }

    @Test
    void postWhenForwardedThenForwardingHeadersAreAddedAndAppended() {
        given().header("Host", "auth.example.com")
                .header("X-Forwarded-For", "203.0.113.7")
                .contentType("application/x-amz-json-1.1")
                .header("X-Amz-Target", "AWSCognitoIdentityProviderService.SignUp")
                .body("{}")
                .post("/")
                .then()
                .statusCode(200);
        given().contentType("application/x-amz-json-1.1")
                .header("X-Amz-Target", "AWSCognitoIdentityProviderService.SignUp")
                .body("{}")
                .post("/")
                .then()
                .statusCode(200);
        List<Received> received = Recordings.of(userPools);
        assertThat(received.get(0).header("X-Forwarded-For"))
                .containsExactly("203.0.113.7, 127.0.0.1");
        assertThat(received.get(0).header("X-Forwarded-Proto")).containsExactly("http");
        assertThat(received.get(0).header("X-Forwarded-Host")).containsExactly("auth.example.com");
        assertThat(received.get(1).header("X-Forwarded-For")).containsExactly("127.0.0.1");
    }

    @Test
    void postWhenHopByHopHeadersThenNeitherSideSeesTheOthers() {
        given().header("Connection", "keep-alive, X-Client-Private")
                .header("X-Client-Private", "hop-only")
                .header("Proxy-Authorization", "Basic c2VjcmV0")
                .contentType("application/x-amz-json-1.1")
                .header("X-Amz-Target", "AWSCognitoIdentityProviderService.SignUp")
                .body("{}")
                .post("/")
                .then()
                .statusCode(200)
                .header("Keep-Alive", nullValue())
                .header("X-Upstream-Private", nullValue());
        Received received = Recordings.of(userPools).get(0);
        assertThat(received.header("X-Client-Private")).isEmpty();
        assertThat(received.header("Proxy-Authorization")).isEmpty();
    }
}
