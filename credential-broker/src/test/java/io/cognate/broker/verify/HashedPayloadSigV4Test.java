package io.cognate.broker.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.broker.testing.SignedRequests;
import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.aws.error.InvalidSignatureException;
import io.cognate.contracts.sigv4.CredentialsStore;
import io.cognate.contracts.sigv4.SigV4Signer;
import io.cognate.contracts.sigv4.SigningCredentials;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hashed-payload verifier agrees with contracts' signer on canonical forms that differ from the
 * raw request (dot segments, escapes, repeated and valueless parameters, folded header whitespace),
 * so /internal/verify and the services' own SigV4 never disagree.
 */
class HashedPayloadSigV4Test {

    private static final SigningCredentials KEYS =
            new SigningCredentials(
                    "AKIAHASHEDPAYLOAD001",
                    "hashed-payload-test-secret-0000000000000",
                    new Caller(
                            "AKIAHASHEDPAYLOAD001",
                            "000000000000",
                            "arn:aws:iam::000000000000:root"));
    private static final CredentialsStore STORE =
            id -> id.equals(KEYS.accessKeyId()) ? Optional.of(KEYS) : Optional.empty();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/|",
                "/a/./b/../c/|x=1&x=0&flag",
                "/items/%7Bid%7D/caf%C3%A9|q=a+b&r=%2F&empty=",
                "relative/path|z=last&a=first"
            })
    void verifyWhenSignedByContractsSignerThenSameCaller(String path, String query) {
        AwsHttpRequest signed = sign(path, query == null ? "" : query, "{\"k\": \"v\"}");

        assertThat(
                        HashedPayloadSigV4.verify(
                                signed,
                                SignedRequests.sha256("{\"k\": \"v\"}"),
                                "execute-api",
                                "us-east-1",
                                Instant.now(),
                                STORE))
                .isEqualTo(KEYS.caller());
    }

    @Test
    void verifyWhenPayloadHashDiffersFromTheSignedBodyThenSignatureDoesNotMatch() {
        AwsHttpRequest signed = sign("/", "", "signed body");

        assertThatThrownBy(
                        () ->
                                HashedPayloadSigV4.verify(
                                        signed,
                                        SignedRequests.sha256("other body"),
                                        "execute-api",
                                        "us-east-1",
                                        Instant.now(),
                                        STORE))
                .isInstanceOf(InvalidSignatureException.class)
                .hasMessageContaining("does not match");
    }

    private static AwsHttpRequest sign(String path, String query, String body) {
        return SigV4Signer.sign(
                new AwsHttpRequest(
                        "POST",
                        path,
                        query,
                        Map.of(
                                "Host", List.of("api.cognate.test"),
                                "X-Custom", List.of("  spaced   out  ", "second")),
                        body.getBytes(StandardCharsets.UTF_8),
                        "127.0.0.1"),
                KEYS,
                "us-east-1",
                "execute-api",
                Instant.now());
    }
}
