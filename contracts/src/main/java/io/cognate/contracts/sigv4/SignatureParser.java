package io.cognate.contracts.sigv4;

import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.error.IncompleteSignatureException;
import io.cognate.contracts.aws.error.MissingAuthenticationTokenException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the signature claims out of a request, header form first, then the presigned query form.
 * Every syntactic problem becomes an {@link IncompleteSignatureException} worded like AWS's; no
 * message repeats the signature.
 */
final class SignatureParser {

    static final String SIGNATURE_PARAM = "X-Amz-Signature";

    private static final long MAX_EXPIRES_SECONDS = 604_800;

    private SignatureParser() {}

    static SignatureParts parse(AwsHttpRequest request) {
        String authorization = request.header("Authorization");
        if (authorization != null) {
            return fromHeader(authorization, request.header("X-Amz-Date"));
        }
        Map<String, List<String>> query = CanonicalQuery.parameters(request.rawQuery());
        if (query.containsKey("X-Amz-Algorithm")) {
            return fromQuery(query);
        }
        throw new MissingAuthenticationTokenException("Missing Authentication Token");
    }

    private static SignatureParts fromHeader(String authorization, String amzDate) {
        String trimmed = authorization.trim();
        int space = trimmed.indexOf(' ');
        String algorithm = space < 0 ? trimmed : trimmed.substring(0, space);
        if (!SignatureCalculator.ALGORITHM.equals(algorithm)) {
            throw new IncompleteSignatureException(
                    "Unsupported AWS 'algorithm': '" + algorithm + "'. Use 'AWS4-HMAC-SHA256'.");
        }
        Map<String, String> params = headerParameters(space < 0 ? "" : trimmed.substring(space));
        List<String> problems = new ArrayList<>();
        for (String required : List.of("Credential", "Signature", "SignedHeaders")) {
            if (params.getOrDefault(required, "").isEmpty()) {
                problems.add("Authorization header requires '" + required + "' parameter.");
            }
        }
        if (amzDate == null || amzDate.isBlank()) {
            problems.add("Authorization header requires existence of a 'X-Amz-Date' header.");
        }
        if (!problems.isEmpty()) {
            throw new IncompleteSignatureException(String.join(" ", problems));
        }
        return parts(
                params.get("Credential"),
                params.get("SignedHeaders"),
                params.get("Signature"),
                amzDate.trim(),
                false,
                Optional.empty());
    }

    private static Map<String, String> headerParameters(String list) {
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

    private static SignatureParts fromQuery(Map<String, List<String>> query) {
        List<String> missing = new ArrayList<>();
        for (String required :
                List.of("X-Amz-Credential", "X-Amz-Date", "X-Amz-SignedHeaders", SIGNATURE_PARAM)) {
            if (first(query, required).isEmpty()) {
                missing.add("'" + required + "'");
            }
        }
        if (!missing.isEmpty()) {
            throw new IncompleteSignatureException(
                    "AWS query-string parameters must include "
                            + String.join(", ", missing)
                            + ". Re-examine the query-string parameters.");
        }
        if (!SignatureCalculator.ALGORITHM.equals(first(query, "X-Amz-Algorithm"))) {
            throw new IncompleteSignatureException(
                    "X-Amz-Algorithm only supports 'AWS4-HMAC-SHA256'.");
        }
        return parts(
                first(query, "X-Amz-Credential"),
                first(query, "X-Amz-SignedHeaders"),
                first(query, SIGNATURE_PARAM),
                first(query, "X-Amz-Date"),
                true,
                expires(first(query, "X-Amz-Expires")));
    }

    private static SignatureParts parts(
            String credential,
            String signedHeaderList,
            String signature,
            String amzDate,
            boolean presigned,
            Optional<Duration> expires) {
        String[] elements = credential.split("/", -1);
        if (elements.length != 5) {
            throw new IncompleteSignatureException(
                    "Credential must have exactly 5 slash-delimited elements, e.g."
                            + " keyid/date/region/service/term, got '"
                            + credential
                            + "'");
        }
        List<String> signedHeaders = List.of(signedHeaderList.split(";"));
        if (!signedHeaders.contains("host")) {
            throw new IncompleteSignatureException(
                    "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
        }
        Instant signedAt =
                AmzDate.parse(amzDate)
                        .orElseThrow(
                                () ->
                                        new IncompleteSignatureException(
                                                "Date must be in ISO-8601 'basic format'. Got '"
                                                        + amzDate
                                                        + "'. See"
                                                        + " http://en.wikipedia.org/wiki/ISO_8601"));
        if (!CredentialScope.TERMINATOR.equals(elements[4])) {
            throw new IncompleteSignatureException(
                    "Credential should be scoped with a valid terminator: 'aws4_request', not '"
                            + elements[4]
                            + "'.");
        }
        CredentialScope scope = new CredentialScope(elements[1], elements[2], elements[3]);
        return new SignatureParts(
                elements[0],
                scope,
                signedHeaders,
                signature,
                amzDate,
                signedAt,
                presigned,
                expires);
    }

    private static Optional<Duration> expires(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            long seconds = Long.parseLong(text);
            if (seconds >= 1 && seconds <= MAX_EXPIRES_SECONDS) {
                return Optional.of(Duration.ofSeconds(seconds));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IncompleteSignatureException(
                "X-Amz-Expires must be a whole number of seconds from 1 to 604800.");
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0).trim();
    }
}
