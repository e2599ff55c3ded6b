package io.cognate.broker.verify;

import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.aws.error.IncompleteSignatureException;
import io.cognate.contracts.aws.error.InvalidSignatureException;
import io.cognate.contracts.aws.error.UnrecognizedClientException;
import io.cognate.contracts.sigv4.CredentialsStore;
import io.cognate.contracts.sigv4.SigV4Verifier;
import io.cognate.contracts.sigv4.SigningCredentials;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SigV4 query authentication (presigned URLs: {@code X-Amz-Algorithm}, {@code X-Amz-Credential},
 * {@code X-Amz-Date}, {@code X-Amz-Expires}, {@code X-Amz-SignedHeaders}, {@code X-Amz-Signature},
 * and {@code X-Amz-Security-Token} for temporary keys) for a request whose body the broker knows
 * only by its SHA-256, as the AWS SDK's {@code AwsV4HttpSigner} presigns it for a non-S3 service:
 * the body hash is signed, {@code UNSIGNED-PAYLOAD} is not accepted. The URL is good from {@code
 * X-Amz-Date} (5 minutes' clock skew) until {@code X-Amz-Date + X-Amz-Expires}, at most a week;
 * messages as contracts' {@link SigV4Verifier} words them. Kept apart from {@link
 * HashedPayloadSigV4} so that either can move onto contracts on its own.
 */
final class PresignedSigV4 {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    static final String SIGNATURE = "X-Amz-Signature";
    static final String SECURITY_TOKEN = "X-Amz-Security-Token";
    private static final List<String> REQUIRED =
            List.of("X-Amz-Credential", "X-Amz-Date", "X-Amz-SignedHeaders", SIGNATURE);
    private static final HexFormat HEX = HexFormat.of();

    private PresignedSigV4() {}

    /** Whether the request is signed in its query string rather than its headers. */
    static boolean applies(AwsHttpRequest request) {
        return request.header("Authorization") == null
                && PresignedQuery.parameters(request.rawQuery()).containsKey("X-Amz-Algorithm");
    }

    /** The {@code X-Amz-Security-Token} query parameter, or null. */
    static String sessionToken(AwsHttpRequest request) {
        return PresignedQuery.parameters(request.rawQuery()).get(SECURITY_TOKEN);
    }

    /**
     * @return who signed
     * @throws io.cognate.contracts.aws.error.AwsServiceException the SigV4 error to answer with
     */
    static Caller verify(
            AwsHttpRequest request,
            String payloadHash,
            String service,
            String region,
            Instant now,
            CredentialsStore store) {
        Map<String, String> query = PresignedQuery.parameters(request.rawQuery());
        List<String> missing =
                REQUIRED.stream()
                        .filter(name -> query.getOrDefault(name, "").isBlank())
                        .map(name -> "'" + name + "'")
                        .toList();
        if (!missing.isEmpty()) {
            throw new IncompleteSignatureException(
                    "AWS query-string parameters must include "
                            + String.join(", ", missing)
                            + ". Re-examine the query-string parameters.");
        }
        if (!ALGORITHM.equals(query.get("X-Amz-Algorithm"))) {
            throw new IncompleteSignatureException(
                    "X-Amz-Algorithm only supports 'AWS4-HMAC-SHA256'.");
        }
        String amzDate = query.get("X-Amz-Date").trim();
        Instant signedAt = PresignedQuery.signedAt(amzDate);
        Duration expires = PresignedQuery.expires(query.getOrDefault("X-Amz-Expires", ""));
        String[] credential = query.get("X-Amz-Credential").split("/", -1);
        if (credential.length != 5 || !"aws4_request".equals(credential[4])) {
            throw new IncompleteSignatureException(
                    "Credential must have exactly 5 slash-delimited elements, e.g."
                            + " keyid/date/region/service/aws4_request, got '"
                            + query.get("X-Amz-Credential")
                            + "'");
        }
        List<String> signedHeaders = List.of(query.get("X-Amz-SignedHeaders").split(";"));
        if (!signedHeaders.contains("host")) {
            throw new IncompleteSignatureException(
                    "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
        }
        requireScope(credential, amzDate, service, region);
        requireCurrent(signedAt, expires, amzDate, now);
        SigningCredentials found =
                store.find(credential[0])
                        .orElseThrow(
                                () ->
                                        new UnrecognizedClientException(
                                                "The security token included in the request is"
                                                        + " invalid."));
        AwsHttpRequest unsigned =
                new AwsHttpRequest(
                        request.method(),
                        request.path(),
                        PresignedQuery.without(request.rawQuery(), SIGNATURE),
                        request.headers(),
                        null,
                        null);
        String scope = String.join("/", credential[1], credential[2], credential[3], credential[4]);
        String stringToSign =
                ALGORITHM
                        + '\n'
                        + amzDate
                        + '\n'
                        + scope
                        + '\n'
                        + HashedPayloadSigV4.sha256Hex(
                                CanonicalForm.request(unsigned, signedHeaders, payloadHash));
        byte[] key =
                hmac(
                        ("AWS4" + found.secretAccessKey()).getBytes(StandardCharsets.UTF_8),
                        credential[1]);
        for (int i = 2; i < credential.length; i++) {
            key = hmac(key, credential[i]);
        }
        String expected = HEX.formatHex(hmac(key, stringToSign));
        if (!MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8),
                query.get(SIGNATURE).trim().getBytes(StandardCharsets.UTF_8))) {
            throw new InvalidSignatureException(HashedPayloadSigV4.MISMATCH);
        }
        return found.caller();
    }

    private static void requireScope(
            String[] credential, String amzDate, String service, String region) {
        String day = amzDate.substring(0, 8);
        if (!credential[1].equals(day)) {
            throw new InvalidSignatureException(
                    "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date"
                            + " from HTTP: '"
                            + credential[1]
                            + "' != '"
                            + day
                            + "', from '"
                            + amzDate
                            + "'.");
        }
        if (!credential[2].equals(region)) {
            throw new InvalidSignatureException("Credential should be scoped to a valid region.");
        }
        if (!credential[3].equals(service)) {
            throw new InvalidSignatureException(
                    "Credential should be scoped to correct service: '" + service + "'.");
        }
    }

    /** Not signed in the future (beyond the skew), and not past {@code X-Amz-Expires}. */
    private static void requireCurrent(
            Instant signedAt, Duration expires, String amzDate, Instant now) {
        Instant latest = now.plus(SigV4Verifier.ALLOWED_CLOCK_SKEW);
        if (signedAt.isAfter(latest)) {
            throw new InvalidSignatureException(
                    String.format(
                            "Signature not yet current: %s is still later than %s (%s + %d min.)",
                            amzDate,
                            PresignedQuery.AMZ_DATE.format(latest),
                            PresignedQuery.AMZ_DATE.format(now),
                            SigV4Verifier.ALLOWED_CLOCK_SKEW.toMinutes()));
        }
        Instant expiry = signedAt.plus(expires);
        if (now.isAfter(expiry)) {
            throw new InvalidSignatureException(
                    String.format(
                            "Signature expired: %s is now earlier than %s (%s + %d sec.)",
                            PresignedQuery.AMZ_DATE.format(expiry),
                            PresignedQuery.AMZ_DATE.format(now),
                            amzDate,
                            expires.toSeconds()));
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform provides HmacSHA256", e);
        }
    }
}
