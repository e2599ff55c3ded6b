package io.cognate.contracts.sigv4;

import static io.cognate.contracts.sigv4.AwsSdkSigning.CALLER;
import static io.cognate.contracts.sigv4.AwsSdkSigning.CREDENTIALS;
import static io.cognate.contracts.sigv4.AwsSdkSigning.JSON_BODY;
import static io.cognate.contracts.sigv4.AwsSdkSigning.NOW;
import static io.cognate.contracts.sigv4.AwsSdkSigning.REGION;
import static io.cognate.contracts.sigv4.AwsSdkSigning.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.aws.AwsHttpRequest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SigV4SignerTest {

    @Test
    void signWhenGetVanillaTestSuiteVectorThenMatchesPublishedSignature() {
        SigningCredentials example =
                new SigningCredentials(
                        GetVanilla.ACCESS_KEY_ID, GetVanilla.SECRET, GetVanilla.CALLER);

        AwsHttpRequest signed =
                SigV4Signer.sign(
                        GetVanilla.unsignedRequest(),
                        example,
                        "us-east-1",
                        "service",
                        GetVanilla.DATE);

        assertThat(signed.header("X-Amz-Date")).isEqualTo("20150830T123600Z");
        assertThat(signed.header("Authorization")).isEqualTo(GetVanilla.AUTHORIZATION);
    }

    @Test
    void signWhenJsonRequestThenAuthorizationEqualsAwsSdkSignature() {
        AwsHttpRequest bySdk = AwsSdkSigning.sdkSignedJson(NOW);
        // SDK v2 adds and signs X-Amz-Content-Sha256 itself; we do not, so give both the same
        // input.
        AwsHttpRequest unsigned =
                AwsSdkSigning.received(
                        AwsSdkSigning.jsonRequest()
                                .putHeader(
                                        "X-Amz-Content-Sha256",
                                        SignatureCalculator.sha256Hex(JSON_BODY))
                                .build(),
                        JSON_BODY);

        AwsHttpRequest byUs = SigV4Signer.sign(unsigned, CREDENTIALS, REGION, SERVICE, NOW);

        assertThat(byUs.header("Authorization")).isEqualTo(bySdk.header("Authorization"));
        assertThat(byUs.header("X-Amz-Date")).isEqualTo(bySdk.header("X-Amz-Date"));
    }

    @Test
    void signWhenJsonRequestThenOnlyDateAndAuthorizationAdded() {
        AwsHttpRequest unsigned =
                AwsSdkSigning.received(AwsSdkSigning.jsonRequest().build(), JSON_BODY);

        AwsHttpRequest signed = SigV4Signer.sign(unsigned, CREDENTIALS, REGION, SERVICE, NOW);

        assertThat(signed.headers().keySet())
                .containsExactlyInAnyOrder(
                        "Content-Length",
                        "Content-Type",
                        "Host",
                        "X-Amz-Target",
                        "X-Amz-Date",
                        "Authorization");
        assertThat(signed.header("Authorization"))
                .contains(
                        "SignedHeaders=content-length;content-type;host;x-amz-date;x-amz-target,");
    }

    @Test
    void signWhenSignedThenVerifierReturnsCaller() {
        AwsHttpRequest request =
                new AwsHttpRequest(
                        "GET",
                        "/a%20b/./c/",
                        "z=1&a=b+c&a=%7E&flag",
                        Map.of(
                                "Host", List.of("localhost:8443"),
                                "X-Custom", List.of("  spaced   out ", "second")),
                        new byte[0],
                        "127.0.0.1");
        SigV4Verifier verifier =
                new SigV4Verifier(
                        id -> Optional.of(CREDENTIALS), REGION, Clock.fixed(NOW, ZoneOffset.UTC));

        AwsHttpRequest signed = SigV4Signer.sign(request, CREDENTIALS, REGION, SERVICE, NOW);

        assertThat(verifier.verify(signed, SERVICE)).isEqualTo(CALLER);
    }

    @Test
    void signWhenAlreadySignedThenPreviousSignatureReplaced() {
        AwsHttpRequest once =
                SigV4Signer.sign(GetVanilla.unsignedRequest(), CREDENTIALS, REGION, SERVICE, NOW);

        AwsHttpRequest twice =
                SigV4Signer.sign(
                        once,
                        new SigningCredentials(
                                GetVanilla.ACCESS_KEY_ID, GetVanilla.SECRET, GetVanilla.CALLER),
                        "us-east-1",
                        "service",
                        GetVanilla.DATE);

        assertThat(twice.headers().get("Authorization")).containsExactly(GetVanilla.AUTHORIZATION);
        assertThat(twice.headers().get("X-Amz-Date")).containsExactly("20150830T123600Z");
    }

    @Test
    void signWhenUserAgentPresentThenItIsNotSigned() {
        AwsHttpRequest request =
                new AwsHttpRequest(
                        "GET",
                        "/",
                        "",
                        Map.of(
                                "Host", List.of("example.amazonaws.com"),
                                "User-Agent", List.of("aws-sdk-java/2.57.8"),
                                "X-Amzn-Trace-Id",
                                        List.of("Root=1-5759e988-bd862e3fe1be46a994272793")),
                        new byte[0],
                        "127.0.0.1");

        AwsHttpRequest signed = SigV4Signer.sign(request, CREDENTIALS, REGION, SERVICE, NOW);

        assertThat(signed.header("Authorization")).contains("SignedHeaders=host;x-amz-date,");
    }

    @Test
    void signWhenSignedThenOriginalRequestIsUnchanged() {
        AwsHttpRequest original = GetVanilla.unsignedRequest();

        SigV4Signer.sign(original, CREDENTIALS, REGION, SERVICE, NOW);

        assertThat(original.headers()).containsOnlyKeys("Host");
    }

    @Test
    void signWhenHostMissingThenIllegalArgument() {
        AwsHttpRequest noHost =
                new AwsHttpRequest("POST", "/", "", Map.of(), JSON_BODY, "127.0.0.1");

        assertThatThrownBy(() -> SigV4Signer.sign(noHost, CREDENTIALS, REGION, SERVICE, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
