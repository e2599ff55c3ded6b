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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.aws.error.InvalidSignatureException;
import io.cognate.contracts.aws.error.UnrecognizedClientException;
import io.smallrye.mutiny.Uni;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * {@link SigV4Verifier#authorize}: root keys verified here, temporary keys handed to the delegate
 * only after the local checks, and {@link SigV4Verifier#verifyHashed} for a body known by its hash.
 */
class DelegatedAuthorizationTest {

    private static final String TEMPORARY_KEY = "ASIAEXAMPLETEMPKEY01";
    private static final Caller ROLE_CALLER =
            new Caller(TEMPORARY_KEY, "123456789012", "arn:aws:sts::123456789012:assumed-role/r/s");

    private final List<AccessRequest> asked = new ArrayList<>();
    private final List<String> hashes = new ArrayList<>();
    private final DelegatedVerifier delegate =
            (request, payloadHash, access) -> {
                asked.add(access);
                hashes.add(payloadHash);
                return Uni.createFrom().item(ROLE_CALLER);
            };
    private final SigV4Verifier verifier =
            new SigV4Verifier(
                    id -> Optional.of(CREDENTIALS).filter(c -> c.accessKeyId().equals(id)),
                    REGION,
                    Clock.fixed(NOW, ZoneOffset.UTC),
                    delegate);

    @Test
    void authorizeWhenRootKeySignedThenCallerWithoutAskingDelegate() {
        Caller caller = authorize(sdkSignedJson(NOW));

        assertThat(caller).isEqualTo(CALLER);
        assertThat(asked).isEmpty();
    }

    @Test
    void authorizeWhenTemporaryKeySignedThenDelegateDecidesOnActionAndInput() {
        Caller caller = authorize(temporarySigned(NOW));

        assertThat(caller).isEqualTo(ROLE_CALLER);
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).action()).isEqualTo("cognito-idp:ListUserPools");
        assertThat(asked.get(0).input().get("MaxResults").asInt()).isEqualTo(10);
        assertThat(hashes).containsExactly(SignatureCalculator.sha256Hex(JSON_BODY));
    }

    @Test
    void authorizeWhenTemporaryKeySignatureIsStaleThenRefusedBeforeDelegate() {
        AwsHttpRequest stale = temporarySigned(NOW.minus(Duration.ofMinutes(6)));

        assertThatThrownBy(() -> authorize(stale)).isInstanceOf(InvalidSignatureException.class);
        assertThat(asked).isEmpty();
    }

    @Test
    void authorizeWhenUnknownLongTermKeyThenUnrecognizedClientWithoutDelegate() {
        AwsHttpRequest request =
                sdkSigned(
                        jsonRequest().build(),
                        JSON_BODY,
                        REGION,
                        SERVICE,
                        NOW,
                        r ->
                                r.identity(
                                        software.amazon.awssdk.identity.spi.AwsCredentialsIdentity
                                                .create("AKIAUNKNOWNKEY000000", "secret")));

        assertThatThrownBy(() -> authorize(request))
                .isInstanceOf(UnrecognizedClientException.class);
        assertThat(asked).isEmpty();
    }

    @Test
    void authorizeWhenNoDelegateThenTemporaryKeyUnrecognized() {
        SigV4Verifier rootOnly =
                new SigV4Verifier(id -> Optional.empty(), REGION, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(
                        () ->
                                rootOnly.authorize(
                                                temporarySigned(NOW),
                                                SERVICE,
                                                "ListUserPools",
                                                DelegatedAuthorizationTest::input)
                                        .await()
                                        .indefinitely())
                .isInstanceOf(UnrecognizedClientException.class);
    }

    @Test
    void verifyHashedWhenBodyAbsentButHashGivenThenCaller() {
        AwsHttpRequest withoutBody = withBody(sdkSignedJson(NOW), new byte[0]);

        assertThat(
                        verifier.verifyHashed(
                                withoutBody, SERVICE, SignatureCalculator.sha256Hex(JSON_BODY)))
                .isEqualTo(CALLER);
    }

    @Test
    void verifyHashedWhenHashIsOfAnotherBodyThenInvalidSignature() {
        String otherHash =
                SignatureCalculator.sha256Hex(
                        "{\"MaxResults\":60}".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> verifier.verifyHashed(sdkSignedJson(NOW), SERVICE, otherHash))
                .isInstanceOf(InvalidSignatureException.class);
    }

    private Caller authorize(AwsHttpRequest request) {
        return verifier.authorize(
                        request, SERVICE, "ListUserPools", DelegatedAuthorizationTest::input)
                .await()
                .atMost(Duration.ofSeconds(5));
    }

    private static JsonNode input() {
        try {
            return JsonMapper.builder().build().readTree(JSON_BODY);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AwsHttpRequest temporarySigned(java.time.Instant at) {
        return sdkSigned(
                jsonRequest().build(),
                JSON_BODY,
                REGION,
                SERVICE,
                at,
                r ->
                        r.identity(
                                AwsSessionCredentialsIdentity.create(
                                        TEMPORARY_KEY, "temporary-secret", "session-token")));
    }
}
