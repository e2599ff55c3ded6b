package io.cognate.broker.verify;

import io.cognate.contracts.aws.AwsHttpRequest;

/**
 * SigV4 query authentication (presigned URLs: {@code X-Amz-Algorithm}, {@code X-Amz-Credential},
 * {@code X-Amz-Date}, {@code X-Amz-Expires}, {@code X-Amz-SignedHeaders}, {@code X-Amz-Signature},
 * and {@code X-Amz-Security-Token} for temporary keys): how to tell such a request and where its
 * session token travels. Contracts' {@code SigV4Verifier} checks the signature and the expiry.
 */
final class PresignedSigV4 {

    private static final String SECURITY_TOKEN = "X-Amz-Security-Token";

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
}
