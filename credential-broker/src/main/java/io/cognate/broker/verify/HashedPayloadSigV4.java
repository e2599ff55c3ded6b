package io.cognate.broker.verify;

import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.aws.error.IncompleteSignatureException;
import io.cognate.contracts.aws.error.InvalidSignatureException;
import io.cognate.contracts.aws.error.MissingAuthenticationTokenException;
import io.cognate.contracts.aws.error.UnrecognizedClientException;
import io.cognate.contracts.sigv4.CredentialsStore;
import io.cognate.contracts.sigv4.SigV4Verifier;
import io.cognate.contracts.sigv4.SigningCredentials;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SigV4 ({@code Authorization} header form) for a request whose body the broker never sees, only
 * its SHA-256: the same checks, order and messages as contracts' {@link SigV4Verifier} (syntax,
 * scope, ±5 min clock skew, key lookup, constant-time comparison). Presigned URLs are refused: the
 * resource services verify SDK calls, which sign headers.
 */
final class HashedPayloadSigV4 {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    static final String MISMATCH =
            "The request signature we calculated does not match the signature you provided. Check"
                    + " your AWS Secret Access Key and signing method. Consult the service"
                    + " documentation for details.";
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
                    .withResolverStyle(ResolverStyle.STRICT)
                    .withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    private HashedPayloadSigV4() {}

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
        String authorization = request.header("Authorization");
        if (authorization == null) {
            throw new MissingAuthenticationTokenException("Missing Authentication Token");
        }
        String trimmed = authorization.trim();
        int space = trimmed.indexOf(' ');
        String algorithm = space < 0 ? trimmed : trimmed.substring(0, space);
        if (!ALGORITHM.equals(algorithm)) {
            throw new IncompleteSignatureException(
                    "Unsupported AWS 'algorithm': '" + algorithm + "'. Use 'AWS4-HMAC-SHA256'.");
        }
        Map<String, String> params = parameters(space < 0 ? "" : trimmed.substring(space));
        String amzDate = request.header("X-Amz-Date");
        for (String required : List.of("Credential", "Signature", "SignedHeaders")) {
            if (params.getOrDefault(required, "").isEmpty()) {
                throw new IncompleteSignatureException(
                        "Authorization header requires '" + required + "' parameter.");
            }
        }
        if (amzDate == null || amzDate.isBlank()) {
            throw new IncompleteSignatureException(
                    "Authorization header requires existence of a 'X-Amz-Date' header.");
        }
        amzDate = amzDate.trim();
        String[] credential = params.get("Credential").split("/", -1);
        if (credential.length != 5 || !"aws4_request".equals(credential[4])) {
            throw new IncompleteSignatureException(
                    "Credential must have exactly 5 slash-delimited elements, e.g."
                            + " keyid/date/region/service/aws4_request, got '"
                            + params.get("Credential")
                            + "'");
        }
        List<String> signedHeaders = List.of(params.get("SignedHeaders").split(";"));
        if (!signedHeaders.contains("host")) {
            throw new IncompleteSignatureException(
                    "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
        }
        Instant signedAt = signedAt(amzDate);
        requireScope(credential, amzDate, service, region);
        requireTimely(signedAt, amzDate, now);
        SigningCredentials found =
                store.find(credential[0])
                        .orElseThrow(
                                () ->
                                        new UnrecognizedClientException(
                                                "The security token included in the request is"
                                                        + " invalid."));
        String declared = request.header("X-Amz-Content-Sha256");
        if (declared != null && !declared.trim().equals(payloadHash)) {
            throw new InvalidSignatureException(
                    "The provided 'x-amz-content-sha256' header does not match what was computed.");
        }
        String scope = String.join("/", credential[1], credential[2], credential[3], credential[4]);
        String stringToSign =
                ALGORITHM
                        + '\n'
                        + amzDate
                        + '\n'
                        + scope
                        + '\n'
                        + sha256Hex(CanonicalForm.request(request, signedHeaders, payloadHash));
        byte[] key =
                hmac(
                        ("AWS4" + found.secretAccessKey()).getBytes(StandardCharsets.UTF_8),
                        credential[1]);
        key = hmac(key, credential[2]);
        key = hmac(key, credential[3]);
        key = hmac(key, credential[4]);
        String expected = HEX.formatHex(hmac(key, stringToSign));
        if (!MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8),
                params.get("Signature").getBytes(StandardCharsets.UTF_8))) {
            throw new InvalidSignatureException(MISMATCH);
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

    private static void requireTimely(Instant signedAt, String amzDate, Instant now) {
        Instant latest = now.plus(SigV4Verifier.ALLOWED_CLOCK_SKEW);
        Instant earliest = now.minus(SigV4Verifier.ALLOWED_CLOCK_SKEW);
        long minutes = SigV4Verifier.ALLOWED_CLOCK_SKEW.toMinutes();
        if (signedAt.isAfter(latest)) {
            throw new InvalidSignatureException(
                    String.format(
                            "Signature not yet current: %s is still later than %s (%s + %d min.)",
                            amzDate, AMZ_DATE.format(latest), AMZ_DATE.format(now), minutes));
        }
        if (signedAt.isBefore(earliest)) {
            throw new InvalidSignatureException(
                    String.format(
                            "Signature expired: %s is now earlier than %s (%s - %d min.)",
                            amzDate, AMZ_DATE.format(earliest), AMZ_DATE.format(now), minutes));
        }
    }

    private static Instant signedAt(String amzDate) {
        try {
            if (amzDate.length() == 16) {
                return LocalDateTime.parse(amzDate, AMZ_DATE).toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new IncompleteSignatureException(
                "Date must be in ISO-8601 'basic format'. Got '"
                        + amzDate
                        + "'. See http://en.wikipedia.org/wiki/ISO_8601");
    }

    private static Map<String, String> parameters(String list) {
        Map<String, String> params = new HashMap<>();
        for (String part : list.split(",")) {
            String pair = part.trim();
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IncompleteSignatureException(
                        "Invalid key=value pair (missing equal-sign) in Authorization header.");
            }
            String name = pair.substring(0, eq).trim();
            if (params.put(name, pair.substring(eq + 1).trim()) != null) {
                throw new IncompleteSignatureException(
                        "Authorization header has a repeated '" + name + "' parameter.");
            }
        }
        return params;
    }

    static String sha256Hex(String text) {
        try {
            return HEX.formatHex(
                    MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
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
