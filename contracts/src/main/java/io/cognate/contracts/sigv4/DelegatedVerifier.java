package io.cognate.contracts.sigv4;

import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.Caller;
import io.smallrye.mutiny.Uni;

/**
 * Verifies a request signed with a key this service does not hold and decides whether its principal
 * may perform the action: the credential broker for the temporary keys it issues ({@link
 * BrokerVerifyClient}). {@link SigV4Verifier#authorize} asks it only after its own syntax, scope
 * and clock checks passed.
 */
@FunctionalInterface
public interface DelegatedVerifier {

    /** Temporary access key ids (those that come with a session token) start like this. */
    String TEMPORARY_KEY_PREFIX = "ASIA";

    /**
     * Who signed, when the signature holds and the principal's policies allow the action; otherwise
     * a failure with the AWS error to answer with ({@code InvalidSignatureException}, {@code
     * UnrecognizedClientException}, {@code ExpiredTokenException}, {@code AccessDeniedException},
     * ...).
     *
     * @param payloadHash lower-case hex SHA-256 of the body as received
     */
    Uni<Caller> verify(AwsHttpRequest request, String payloadHash, AccessRequest access);

    /** Only temporary keys are worth a round trip; any other unknown key is refused at once. */
    static boolean delegable(String accessKeyId) {
        return accessKeyId.startsWith(TEMPORARY_KEY_PREFIX);
    }
}
