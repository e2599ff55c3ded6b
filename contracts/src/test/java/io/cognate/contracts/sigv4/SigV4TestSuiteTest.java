package io.cognate.contracts.sigv4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.error.InvalidSignatureException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The canonical request and the verifier against AWS's published SigV4 test-suite vectors. */
class SigV4TestSuiteTest {

    private static final Instant SIGNED_AT = Instant.parse("2015-08-30T12:36:00Z");

    private final SigV4Verifier verifier =
            new SigV4Verifier(
                    id ->
                            Optional.of(
                                            new SigningCredentials(
                                                    GetVanilla.ACCESS_KEY_ID,
                                                    GetVanilla.SECRET,
                                                    GetVanilla.CALLER))
                                    .filter(c -> c.accessKeyId().equals(id)),
                    "us-east-1",
                    Clock.fixed(SIGNED_AT, ZoneOffset.UTC));

    static Stream<SigV4TestSuite.Case> cases() {
        return SigV4TestSuite.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ofWhenSuiteRequestThenPublishedCanonicalRequest(SigV4TestSuite.Case vector) {
        AwsHttpRequest request = vector.request();

        String canonical =
                CanonicalRequest.of(
                        request,
                        vector.signedHeaders(),
                        SignatureCalculator.sha256Hex(request.body()),
                        null);

        assertThat(canonical).isEqualTo(vector.canonicalRequest());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void verifyWhenSuiteRequestThenPublishedSignatureAccepted(SigV4TestSuite.Case vector) {
        assertThat(verifier.verify(vector.request(), "service")).isEqualTo(GetVanilla.CALLER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void verifyWhenSuiteRequestPathAlteredThenSignatureDoesNotMatch(SigV4TestSuite.Case vector) {
        AwsHttpRequest signed = vector.request();
        AwsHttpRequest altered =
                new AwsHttpRequest(
                        signed.method(),
                        signed.path() + "x",
                        signed.rawQuery(),
                        signed.headers(),
                        signed.body(),
                        signed.sourceIp());

        assertThatThrownBy(() -> verifier.verify(altered, "service"))
                .isInstanceOf(InvalidSignatureException.class)
                .hasMessage(SigV4Verifier.SIGNATURE_MISMATCH);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void verifyWhenSuiteRequestGainsQueryParameterThenSignatureDoesNotMatch(
            SigV4TestSuite.Case vector) {
        AwsHttpRequest signed = vector.request();
        String query = signed.rawQuery().isEmpty() ? "a=1" : signed.rawQuery() + "&a=1";
        AwsHttpRequest altered =
                new AwsHttpRequest(
                        signed.method(),
                        signed.path(),
                        query,
                        signed.headers(),
                        signed.body(),
                        signed.sourceIp());

        assertThatThrownBy(() -> verifier.verify(altered, "service"))
                .isInstanceOf(InvalidSignatureException.class);
    }
}
