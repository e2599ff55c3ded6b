package io.cognate.contracts.sigv4;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a request claims about its signature, from the {@code Authorization} header or the presigned
 * query string, syntactically checked but not yet verified. {@link #toString()} leaves the
 * signature out.
 *
 * @param accessKeyId the key id from the credential
 * @param scope the credential scope
 * @param signedHeaders header names exactly as listed, {@code host} among them
 * @param signature the hex signature to check
 * @param amzDate the {@code X-Amz-Date} text as signed
 * @param signedAt {@code amzDate} parsed
 * @param presigned true for the query-string form ({@code X-Amz-Signature} is then left out of the
 *     canonical query string)
 * @param expires the presigned lifetime ({@code X-Amz-Expires}), empty for the header form
 */
record SignatureParts(
        String accessKeyId,
        CredentialScope scope,
        List<String> signedHeaders,
        String signature,
        String amzDate,
        Instant signedAt,
        boolean presigned,
        Optional<Duration> expires) {

    SignatureParts {
        signedHeaders = List.copyOf(signedHeaders);
    }

    @Override
    public String toString() {
        return "SignatureParts[accessKeyId="
                + accessKeyId
                + ", scope="
                + scope.value()
                + ", signedHeaders="
                + signedHeaders
                + ", amzDate="
                + amzDate
                + ", presigned="
                + presigned
                + ", expires="
                + expires
                + "]";
    }
}
