package io.cognate.contracts.sigv4;

import io.cognate.contracts.aws.AwsHttpRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Signs a request with SigV4 the way the AWS SDKs sign Cognito calls: adds {@code X-Amz-Date} and
 * {@code Authorization}, signs every header present except those proxies rewrite. For our own tests
 * and service-to-service calls; canonicalization is shared with {@link SigV4Verifier}.
 */
public final class SigV4Signer {

    private SigV4Signer() {}

    /**
     * A signed copy of the request; any previous {@code Authorization} and {@code X-Amz-Date} are
     * replaced.
     *
     * @throws IllegalArgumentException when the request has no {@code Host} header (it must be
     *     signed)
     */
    public static AwsHttpRequest sign(
            AwsHttpRequest request,
            SigningCredentials creds,
            String region,
            String service,
            Instant now) {
        if (request.header("Host") == null) {
            throw new IllegalArgumentException(
                    "SigV4 signs the Host header: set it before signing");
        }
        String amzDate = AmzDate.format(now);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(request.headers());
        headers.remove("Authorization");
        headers.put("X-Amz-Date", List.of(amzDate));
        AwsHttpRequest unsigned = withHeaders(request, headers);

        List<String> signedHeaders = CanonicalRequest.signableHeaderNames(headers);
        CredentialScope scope = new CredentialScope(amzDate.substring(0, 8), region, service);
        String canonicalRequest =
                CanonicalRequest.of(
                        unsigned,
                        signedHeaders,
                        SignatureCalculator.sha256Hex(unsigned.body()),
                        null);
        String signature =
                SignatureCalculator.signature(
                        creds.secretAccessKey(),
                        scope,
                        SignatureCalculator.stringToSign(amzDate, scope, canonicalRequest));
        headers.put(
                "Authorization",
                List.of(
                        SignatureCalculator.ALGORITHM
                                + " Credential="
                                + creds.accessKeyId()
                                + '/'
                                + scope.value()
                                + ", SignedHeaders="
                                + String.join(";", signedHeaders)
                                + ", Signature="
                                + signature));
        return withHeaders(request, headers);
    }

    private static AwsHttpRequest withHeaders(
            AwsHttpRequest request, Map<String, List<String>> headers) {
        return new AwsHttpRequest(
                request.method(),
                request.path(),
                request.rawQuery(),
                headers,
                request.body().clone(),
                request.sourceIp());
    }
}
