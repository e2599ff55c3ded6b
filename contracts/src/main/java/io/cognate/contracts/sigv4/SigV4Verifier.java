package io.cognate.contracts.sigv4;

import com.fasterxml.jackson.databind.JsonNode;
import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.aws.error.InvalidSignatureException;
import io.cognate.contracts.aws.error.UnrecognizedClientException;
import io.smallrye.mutiny.Uni;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Verifies AWS Signature Version 4 on incoming requests, so that the AWS SDKs and CLI authenticate
 * against Cognate exactly as against AWS, with the same error codes and messages.
 *
 * <p>Accepts the {@code Authorization} header form and the presigned query-string form. Checks run
 * cheapest first: syntax, scope, clock skew, then the key lookup and the signature itself, compared
 * in constant time. Nothing here logs; error messages never carry a signature or a secret.
 *
 * <p>{@code X-Amz-Security-Token} is not checked against anything: {@link SigningCredentials}
 * carries no session token, and the key lookup already proves the secret. When signed, it is
 * covered by the signature like any other header.
 *
 * <p>Keys the store does not hold may be vouched for by a {@link DelegatedVerifier} (the credential
 * broker for its temporary {@code ASIA} keys): {@link #authorize} then hands the request over after
 * the local syntax, scope and clock checks, and the delegate verifies the signature and decides the
 * action.
 */
public final class SigV4Verifier {

    /** How far {@code X-Amz-Date} may be from our clock, as on AWS. */
    public static final Duration ALLOWED_CLOCK_SKEW = Duration.ofMinutes(5);

    static final String SIGNATURE_MISMATCH =
            "The request signature we calculated does not match the signature you provided. Check"
                    + " your AWS Secret Access Key and signing method. Consult the service"
                    + " documentation for details.";

    private final CredentialsStore store;
    private final String region;
    private final Clock clock;
    private final Optional<DelegatedVerifier> delegate;

    public SigV4Verifier(CredentialsStore store, String region, Clock clock) {
        this(store, region, clock, null);
    }

    /**
     * @param delegate verifies and authorizes temporary keys the store does not hold; null for none
     */
    public SigV4Verifier(
            CredentialsStore store, String region, Clock clock, DelegatedVerifier delegate) {
        this.store = Objects.requireNonNull(store, "store");
        this.region = Objects.requireNonNull(region, "region");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.delegate = Optional.ofNullable(delegate);
    }

    /**
     * Verifies the request and authorizes the action: keys of the store (the root keys) may do
     * anything; temporary keys go to the delegate, which answers who signed if their policies allow
     * the action, and fails with the AWS error otherwise. Failures are emitted, never thrown.
     *
     * @param input the request's input, read only when a delegate is asked (it names the resource)
     */
    public Uni<Caller> authorize(
            AwsHttpRequest request, String service, String operation, Supplier<JsonNode> input) {
        return Uni.createFrom().deferred(() -> authorizeNow(request, service, operation, input));
    }

    private Uni<Caller> authorizeNow(
            AwsHttpRequest request, String service, String operation, Supplier<JsonNode> input) {
        SignatureParts parts = checkedParts(request, service);
        Optional<SigningCredentials> local = store.find(parts.accessKeyId());
        if (local.isPresent()) {
            return Uni.createFrom()
                    .item(matching(request, parts, payloadHash(request), local.get()));
        }
        if (delegate.isEmpty() || !DelegatedVerifier.delegable(parts.accessKeyId())) {
            throw unrecognized();
        }
        String payloadHash = payloadHash(request);
        return delegate.get()
                .verify(request, payloadHash, new AccessRequest(service, operation, input.get()));
    }

    /**
     * Verifies the request's signature for the given signing name (e.g. {@code cognito-idp}).
     *
     * @return who signed
     * @throws io.cognate.contracts.aws.error.AwsServiceException the AWS error to answer with
     */
    public Caller verify(AwsHttpRequest request, String service) {
        SignatureParts parts = checkedParts(request, service);
        SigningCredentials credentials = known(parts);
        return matching(request, parts, payloadHash(request), credentials);
    }

    /**
     * Verifies a request known by its parts and its body's SHA-256 only (the body itself is
     * ignored): for a verifier that is handed requests another service received, such as the
     * broker's {@code /internal/verify}. {@code X-Amz-Content-Sha256}, when sent, must equal the
     * hash.
     *
     * @param payloadHash lower-case hex SHA-256 of the body as received
     * @return who signed
     * @throws io.cognate.contracts.aws.error.AwsServiceException the AWS error to answer with
     */
    public Caller verifyHashed(AwsHttpRequest request, String service, String payloadHash) {
        SignatureParts parts = checkedParts(request, service);
        SigningCredentials credentials = known(parts);
        requireDeclaredHash(request, payloadHash);
        return matching(request, parts, payloadHash, credentials);
    }

    private SigningCredentials known(SignatureParts parts) {
        return store.find(parts.accessKeyId()).orElseThrow(SigV4Verifier::unrecognized);
    }

    private SignatureParts checkedParts(AwsHttpRequest request, String service) {
        SignatureParts parts = SignatureParser.parse(request);
        requireScope(parts, service);
        requireTimely(parts, clock.instant());
        return parts;
    }

    private static UnrecognizedClientException unrecognized() {
        return new UnrecognizedClientException(
                "The security token included in the request is invalid.");
    }

    private static Caller matching(
            AwsHttpRequest request,
            SignatureParts parts,
            String payloadHash,
            SigningCredentials credentials) {
        String canonicalRequest =
                CanonicalRequest.of(
                        request,
                        parts.signedHeaders(),
                        payloadHash,
                        parts.presigned() ? SignatureParser.SIGNATURE_PARAM : null);
        String stringToSign =
                SignatureCalculator.stringToSign(parts.amzDate(), parts.scope(), canonicalRequest);
        String expected =
                SignatureCalculator.signature(
                        credentials.secretAccessKey(), parts.scope(), stringToSign);
        if (!MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8),
                parts.signature().getBytes(StandardCharsets.UTF_8))) {
            throw new InvalidSignatureException(SIGNATURE_MISMATCH);
        }
        return credentials.caller();
    }

    private void requireScope(SignatureParts parts, String service) {
        CredentialScope scope = parts.scope();
        String day = parts.amzDate().substring(0, 8);
        if (!scope.date().equals(day)) {
            throw new InvalidSignatureException(
                    "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date"
                            + " from HTTP: '"
                            + scope.date()
                            + "' != '"
                            + day
                            + "', from '"
                            + parts.amzDate()
                            + "'.");
        }
        if (!scope.region().equals(region)) {
            throw new InvalidSignatureException("Credential should be scoped to a valid region.");
        }
        if (!scope.service().equals(service)) {
            throw new InvalidSignatureException(
                    "Credential should be scoped to correct service: '" + service + "'.");
        }
    }

    private static void requireTimely(SignatureParts parts, Instant now) {
        Instant signedAt = parts.signedAt();
        Instant latest = now.plus(ALLOWED_CLOCK_SKEW);
        if (signedAt.isAfter(latest)) {
            throw new InvalidSignatureException(
                    String.format(
                            "Signature not yet current: %s is still later than %s (%s + %d min.)",
                            parts.amzDate(),
                            AmzDate.format(latest),
                            AmzDate.format(now),
                            ALLOWED_CLOCK_SKEW.toMinutes()));
        }
        if (parts.expires().isPresent()) {
            Instant expiry = signedAt.plus(parts.expires().get());
            if (now.isAfter(expiry)) {
                throw new InvalidSignatureException(
                        String.format(
                                "Signature expired: %s is now earlier than %s (%s + %d sec.)",
                                AmzDate.format(expiry),
                                AmzDate.format(now),
                                parts.amzDate(),
                                parts.expires().get().toSeconds()));
            }
            return;
        }
        Instant earliest = now.minus(ALLOWED_CLOCK_SKEW);
        if (signedAt.isBefore(earliest)) {
            throw new InvalidSignatureException(
                    String.format(
                            "Signature expired: %s is now earlier than %s (%s - %d min.)",
                            parts.amzDate(),
                            AmzDate.format(earliest),
                            AmzDate.format(now),
                            ALLOWED_CLOCK_SKEW.toMinutes()));
        }
    }

    /**
     * The body's SHA-256. A client-supplied {@code X-Amz-Content-Sha256} is honoured only when it
     * is that same hash; anything else ({@code UNSIGNED-PAYLOAD}, streaming, a wrong hash) is
     * refused.
     */
    private static String payloadHash(AwsHttpRequest request) {
        String actual = SignatureCalculator.sha256Hex(request.body());
        requireDeclaredHash(request, actual);
        return actual;
    }

    private static void requireDeclaredHash(AwsHttpRequest request, String actual) {
        String declared = request.header("X-Amz-Content-Sha256");
        if (declared != null && !declared.trim().equals(actual)) {
            throw new InvalidSignatureException(
                    "The provided 'x-amz-content-sha256' header does not match what was computed.");
        }
    }
}
