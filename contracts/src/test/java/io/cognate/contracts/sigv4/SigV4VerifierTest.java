package io.cognate.contracts.sigv4;

import static io.cognate.contracts.sigv4.AwsSdkSigning.CALLER;
import static io.cognate.contracts.sigv4.AwsSdkSigning.CREDENTIALS;
import static io.cognate.contracts.sigv4.AwsSdkSigning.JSON_BODY;
import static io.cognate.contracts.sigv4.AwsSdkSigning.NOW;
import static io.cognate.contracts.sigv4.AwsSdkSigning.REGION;
import static io.cognate.contracts.sigv4.AwsSdkSigning.SERVICE;
import static io.cognate.contracts.sigv4.AwsSdkSigning.jsonRequest;
import static io.cognate.contracts.sigv4.AwsSdkSigning.sdkSigned;
import static io.cognate.contracts.sigv4.AwsSdkSigning.sdkSignedJson;
import static io.cognate.contracts.sigv4.AwsSdkSigning.withBody;
import static io.cognate.contracts.sigv4.AwsSdkSigning.withHeader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.error.InvalidSignatureException;
import io.cognate.contracts.aws.error.MissingAuthenticationTokenException;
import io.cognate.contracts.aws.error.UnrecognizedClientException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** The verifier against requests signed by the real AWS SDK signer, then each refusal. */
class SigV4VerifierTest {

    private final SigV4Verifier verifier =
            new SigV4Verifier(
                    id -> Optional.of(CREDENTIALS).filter(c -> c.accessKeyId().equals(id)),
                    REGION,
                    Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void verifyWhenSignedByAwsSdkThenReturnsCaller() {
        assertThat(verifier.verify(sdkSignedJson(NOW), SERVICE)).isEqualTo(CALLER);
    }

    @Test
    void verifyWhenNoAuthorizationThenMissingAuthenticationToken() {
        AwsHttpRequest unsigned = AwsSdkSigning.received(jsonRequest().build(), JSON_BODY);

        assertThatThrownBy(() -> verifier.verify(unsigned, SERVICE))
                .isInstanceOf(MissingAuthenticationTokenException.class)
                .hasMessage("Missing Authentication Token");
    }

    @Test
    void verifyWhenSecretIsWrongThenInvalidSignature() {
        AwsHttpRequest request =
                sdkSigned(
                        jsonRequest().build(),
                        JSON_BODY,
                        REGION,
                        SERVICE,
                        NOW,
                        r ->
                                r.identity(
                                        AwsCredentialsIdentity.create(
                                                AwsSdkSigning.ACCESS_KEY_ID, "not-the-secret")));

        assertThatThrownBy(() -> verifier.verify(request, SERVICE))
                .isInstanceOf(InvalidSignatureException.class)
                .hasMessage(SigV4Verifier.SIGNATURE_MISMATCH);
    }

    @Test
    void verifyWhenAccessKeyIsUnknownThenUnrecognizedClient() {
        AwsHttpRequest request =
                sdkSigned(
                        jsonRequest().build(),
                        JSON_BODY,
                        REGION,
                        SERVICE,
                        NOW,
                        r ->
                                r.identity(
                                        AwsCredentialsIdentity.create(
                                                "AKIAUNKNOWNKEY000000", AwsSdkSigning.SECRET)));

        assertThatThrownBy(() -> verifier.verify(request, SERVICE))
                .isInstanceOf(UnrecognizedClientException.class)
                .hasMessage("The security token included in the request is invalid.");
    }

    @Test
    void verifyWhenSignedSixMinutesAgoThenSignatureExpired() {
        AwsHttpRequest stale = sdkSignedJson(NOW.minus(Duration.ofMinutes(6)));

        assertThatThrownBy(() -> verifier.verify(stale, SERVICE))
                .isInstanceOf(InvalidSignatureException.class)
                .hasMessage(
                        "Signature expired: 20250115T095400Z is now earlier than 20250115T095500Z"
                                + " (20250115T100000Z - 5 min.)");
    }

    @Test
    void verifyWhenSignedSixMinutesAheadThenSignatureNotYetCurrent() {
        AwsHttpRequest future = sdkSignedJson(NOW.plus(Duration.ofMinutes(6)));

        assertThatThrownBy(() -> verifier.verify(future, SERVICE))
                .isInstanceOf(InvalidSignatureException.class)
                .hasMessage(
                        "Signature not yet current: 20250115T100600Z is still later than"
                                + " 20250115T100500Z (20250115T100000Z + 5 min.)");
    }

    @Test
    void verifyWhenClockSkewWithinFiveMinutesThenReturnsCaller() {
        assertThat(verifier.verify(sdkSignedJson(NOW.minus(Duration.ofMinutes(5))), SERVICE))
                .isEqualTo(CALLER);
        assertThat(verifier.verify(sdkSignedJson(NOW.plus(Duration.ofMinutes(5))), SERVICE))
                .isEqualTo(CALLER);
    }

    @Test
    void verifyWhenBodyTamperedThenInvalidSignature() {
        // The SDK also sent X-Amz-Content-Sha256, which no longer matches the body.
        assertThatThrownBy(() -> verifier.verify(withBody(sdkSignedJson(NOW), tampered()), SERVICE))
                .isInstanceOf(InvalidSignatureException.class);
    }

    @Test
    void verifyWhenBodyTamperedWithoutContentSha256ThenSignatureMismatch() {
        AwsHttpRequest signed =
                SigV4Signer.sign(
                        AwsSdkSigning.received(jsonRequest().build(), JSON_BODY),
                        CREDENTIALS,
                        REGION,
                        SERVICE,
                        NOW);

        assertThatThrownBy(() -> verifier.verify(withBody(signed, tampered()), SERVICE))
                .isInstanceOf(InvalidSignatureException.class)
                .hasMessage(SigV4Verifier.SIGNATURE_MISMATCH);
    }

    @Test
    void verifyWhenSignedHeaderTamperedThenInvalidSignature() {
        AwsHttpRequest tampered =
                withHeader(
                        sdkSignedJson(NOW),
                        "X-Amz-Target",
                        "AWSCognitoIdentityProviderService.DeleteUserPool");

        assertThatThrownBy(() -> verifier.verify(tampered, SERVICE))
                .isInstanceOf(InvalidSignatureException.class)
                .hasMessage(SigV4Verifier.SIGNATURE_MISMATCH);
    }

    @Test
    void verifyWhenUnsignedHeaderAddedThenReturnsCaller() {
        AwsHttpRequest proxied = withHeader(sdkSignedJson(NOW), "X-Forwarded-For", "198.51.100.1");

        assertThat(verifier.verify(proxied, SERVICE)).isEqualTo(CALLER);
    }

    @Test
    void verifyWhenScopedToOtherServiceThenInvalidSignature() {
        AwsHttpRequest request =
                sdkSigned(
                        jsonRequest().build(), JSON_BODY, REGION, "cognito-identity", NOW, r -> {});

        assertThatThrownBy(() -> verifier.verify(request, SERVICE))
                .isInstanceOf(InvalidSignatureException.class)
                .hasMessage("Credential should be scoped to correct service: 'cognito-idp'.");
    }

    @Test
    void verifyWhenScopedToOtherRegionThenInvalidSignature() {
        AwsHttpRequest request =
                sdkSigned(jsonRequest().build(), JSON_BODY, "eu-west-1", SERVICE, NOW, r -> {});

        assertThatThrownBy(() -> verifier.verify(request, SERVICE))
                .isInstanceOf(InvalidSignatureException.class)
                .hasMessage("Credential should be scoped to a valid region.");
    }

    @Test
    void verifyWhenScopeDateDiffersFromAmzDateThenInvalidSignature() {
        AwsHttpRequest request =
                withHeader(
                        sdkSignedJson(NOW),
                        "Authorization",
                        authorization("20250114", "host;x-amz-date", "00"));

        assertThatThrownBy(() -> verifier.verify(request, SERVICE))
                .isInstanceOf(InvalidSignatureException.class)
                .hasMessage(
                        "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of"
                                + " date from HTTP: '20250114' != '20250115', from"
                                + " '20250115T100000Z'.");
    }

    @Test
    void verifyWhenContentSha256MatchesBodyThenReturnsCaller() {
        String bodyHash = SignatureCalculator.sha256Hex(JSON_BODY);
        AwsHttpRequest request =
                sdkSigned(
                        jsonRequest().putHeader("X-Amz-Content-Sha256", bodyHash).build(),
                        JSON_BODY,
                        REGION,
                        SERVICE,
                        NOW,
                        r -> {});

        assertThat(verifier.verify(request, SERVICE)).isEqualTo(CALLER);
    }

    @Test
    void verifyWhenContentSha256DiffersFromBodyThenInvalidSignature() {
        AwsHttpRequest request =
                withHeader(sdkSignedJson(NOW), "X-Amz-Content-Sha256", "UNSIGNED-PAYLOAD");

        assertThatThrownBy(() -> verifier.verify(request, SERVICE))
                .isInstanceOf(InvalidSignatureException.class)
                .hasMessage(
                        "The provided 'x-amz-content-sha256' header does not match what was"
                                + " computed.");
    }

    @Test
    void verifyWhenErrorRaisedThenMessageNeverCarriesTheSignature() {
        AwsHttpRequest signed = sdkSignedJson(NOW);
        String signature = signed.header("Authorization").replaceAll(".*Signature=", "");
        AwsHttpRequest tampered = withBody(signed, new byte[0]);

        assertThatThrownBy(() -> verifier.verify(tampered, SERVICE))
                .isInstanceOf(InvalidSignatureException.class)
                .message()
                .doesNotContain(signature);
    }

    @Test
    void verifyWhenGetVanillaTestSuiteVectorThenReturnsCaller() {
        SigningCredentials example =
                new SigningCredentials(
                        GetVanilla.ACCESS_KEY_ID, GetVanilla.SECRET, GetVanilla.CALLER);
        SigV4Verifier vanillaVerifier =
                new SigV4Verifier(
                        id -> Optional.of(example).filter(c -> c.accessKeyId().equals(id)),
                        "us-east-1",
                        Clock.fixed(GetVanilla.DATE, ZoneOffset.UTC));

        assertThat(vanillaVerifier.verify(GetVanilla.signedRequest(), "service"))
                .isEqualTo(GetVanilla.CALLER);
    }

    @Test
    void verifyWhenGetVanillaSignatureAlteredThenInvalidSignature() {
        SigningCredentials example =
                new SigningCredentials(
                        GetVanilla.ACCESS_KEY_ID, GetVanilla.SECRET, GetVanilla.CALLER);
        SigV4Verifier vanillaVerifier =
                new SigV4Verifier(
                        id -> Optional.of(example).filter(c -> c.accessKeyId().equals(id)),
                        "us-east-1",
                        Clock.fixed(GetVanilla.DATE, ZoneOffset.UTC));
        AwsHttpRequest altered =
                withHeader(
                        GetVanilla.signedRequest(),
                        "Authorization",
                        GetVanilla.AUTHORIZATION.replace("5fa00fa3", "5fa00fa4"));

        assertThatThrownBy(() -> vanillaVerifier.verify(altered, "service"))
                .isInstanceOf(InvalidSignatureException.class)
                .hasMessage(SigV4Verifier.SIGNATURE_MISMATCH);
    }

    private static byte[] tampered() {
        byte[] body = JSON_BODY.clone();
        body[body.length - 2] = '9';
        return body;
    }

    private static String authorization(String date, String signedHeaders, String signature) {
        return "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/"
                + date
                + "/us-east-1/cognito-idp/aws4_request, SignedHeaders="
                + signedHeaders
                + ", Signature="
                + signature;
    }
}
