package io.cognate.contracts.sigv4;

import static io.cognate.contracts.sigv4.AwsSdkSigning.CALLER;
import static io.cognate.contracts.sigv4.AwsSdkSigning.CREDENTIALS;
import static io.cognate.contracts.sigv4.AwsSdkSigning.JSON_BODY;
import static io.cognate.contracts.sigv4.AwsSdkSigning.NOW;
import static io.cognate.contracts.sigv4.AwsSdkSigning.REGION;
import static io.cognate.contracts.sigv4.AwsSdkSigning.SERVICE;
import static io.cognate.contracts.sigv4.AwsSdkSigning.sdkSigned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.error.InvalidSignatureException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner.AuthLocation;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/** Canonicalization corners, each signed by the real AWS SDK signer and verified by ours. */
class SigV4VerifierSdkCompatibilityTest {

    private final SigV4Verifier verifier =
            new SigV4Verifier(
                    id -> Optional.of(CREDENTIALS).filter(c -> c.accessKeyId().equals(id)),
                    REGION,
                    Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void verifyWhenPathAndQueryNeedEncodingThenReturnsCaller() {
        SdkHttpRequest request =
                SdkHttpFullRequest.builder()
                        .method(SdkHttpMethod.GET)
                        .uri(URI.create("https://localhost:8443"))
                        .encodedPath("/a/./b/../c%2Fd/%C3%A9t%C3%A9/~user")
                        .appendRawQueryParameter("b", "2 3")
                        .appendRawQueryParameter("b", "1")
                        .appendRawQueryParameter("a", "x+y*z~!'()")
                        .appendRawQueryParameter("ü", "é/?&=")
                        .appendRawQueryParameter("flag", null)
                        .build();

        AwsHttpRequest signed = sdkSigned(request, new byte[0], REGION, SERVICE, NOW, r -> {});

        assertThat(verifier.verify(signed, SERVICE)).isEqualTo(CALLER);
    }

    @Test
    void verifyWhenHeaderHasRepeatedValuesAndSpacesThenReturnsCaller() {
        SdkHttpRequest request =
                AwsSdkSigning.jsonRequest()
                        .appendHeader("X-Custom", "  first   value ")
                        .appendHeader("X-Custom", "\tsecond")
                        .putHeader("X-Empty", "")
                        .build();

        AwsHttpRequest signed = sdkSigned(request, JSON_BODY, REGION, SERVICE, NOW, r -> {});

        assertThat(verifier.verify(signed, SERVICE)).isEqualTo(CALLER);
    }

    @Test
    void verifyWhenSessionTokenSignedThenReturnsCaller() {
        AwsHttpRequest signed =
                sdkSigned(
                        AwsSdkSigning.jsonRequest().build(),
                        JSON_BODY,
                        REGION,
                        SERVICE,
                        NOW,
                        r ->
                                r.identity(
                                        AwsSessionCredentialsIdentity.create(
                                                AwsSdkSigning.ACCESS_KEY_ID,
                                                AwsSdkSigning.SECRET,
                                                "FwoGZXIvYXdzEXAMPLETOKEN")));

        assertThat(signed.header("Authorization")).contains("x-amz-security-token");
        assertThat(verifier.verify(signed, SERVICE)).isEqualTo(CALLER);
    }

    @Test
    void verifyWhenPresignedBySdkThenReturnsCaller() {
        AwsHttpRequest presigned = presigned(NOW.minus(Duration.ofMinutes(10)));

        assertThat(presigned.header("Authorization")).isNull();
        assertThat(verifier.verify(presigned, SERVICE)).isEqualTo(CALLER);
    }

    @Test
    void verifyWhenPresignedUrlExpiredThenInvalidSignature() {
        AwsHttpRequest presigned = presigned(NOW.minus(Duration.ofMinutes(16)));

        assertThatThrownBy(() -> verifier.verify(presigned, SERVICE))
                .isInstanceOf(InvalidSignatureException.class)
                .hasMessage(
                        "Signature expired: 20250115T095900Z is now earlier than 20250115T100000Z"
                                + " (20250115T094400Z + 900 sec.)");
    }

    @Test
    void verifyWhenPresignedQueryTamperedThenInvalidSignature() {
        AwsHttpRequest presigned = presigned(NOW);
        AwsHttpRequest tampered =
                new AwsHttpRequest(
                        presigned.method(),
                        presigned.path(),
                        presigned
                                .rawQuery()
                                .replace("Action=ListUserPools", "Action=DeleteUserPool"),
                        presigned.headers(),
                        presigned.body(),
                        presigned.sourceIp());

        assertThatThrownBy(() -> verifier.verify(tampered, SERVICE))
                .isInstanceOf(InvalidSignatureException.class)
                .hasMessage(SigV4Verifier.SIGNATURE_MISMATCH);
    }

    private static AwsHttpRequest presigned(java.time.Instant at) {
        SdkHttpRequest request =
                SdkHttpFullRequest.builder()
                        .method(SdkHttpMethod.GET)
                        .uri(URI.create("https://cognito-idp.us-east-1.amazonaws.com/"))
                        .appendRawQueryParameter("Action", "ListUserPools")
                        .build();
        return sdkSigned(
                request,
                new byte[0],
                REGION,
                SERVICE,
                at,
                r ->
                        r.putProperty(AwsV4HttpSigner.AUTH_LOCATION, AuthLocation.QUERY_STRING)
                                .putProperty(
                                        AwsV4HttpSigner.EXPIRATION_DURATION,
                                        Duration.ofMinutes(15)));
    }
}
