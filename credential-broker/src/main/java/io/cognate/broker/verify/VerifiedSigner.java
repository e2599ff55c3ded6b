package io.cognate.broker.verify;

import io.cognate.broker.credentials.SessionPrincipal;
import io.cognate.broker.protocol.CallerCredentials;
import io.cognate.contracts.aws.AwsHttpRequest;
import io.cognate.contracts.aws.Caller;
import io.cognate.contracts.sigv4.CredentialsStore;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Who signed a request handed to {@code /internal/verify}, its signature verified: the caller, and
 * the session behind temporary keys (null for the root keys), whose token is opened once for both
 * the signature and the decision.
 */
record VerifiedSigner(Caller caller, SessionPrincipal session) {

    /**
     * Verifies the signature of the request described by {@code request} with the credentials
     * {@code callers} resolve (root keys, or temporary keys and their session token).
     *
     * @throws io.cognate.contracts.aws.error.AwsServiceException the SigV4 error to answer with
     */
    static VerifiedSigner of(
            VerifyRequest request, CallerCredentials callers, String region, Instant now) {
        AwsHttpRequest signed =
                new AwsHttpRequest(
                        request.method(),
                        request.path(),
                        request.query(),
                        request.headers(),
                        null,
                        null);
        SessionHolder session = new SessionHolder();
        CredentialsStore store = callers.boundTo(sessionToken(signed), session);
        Caller caller =
                HashedPayloadSigV4.verify(
                        signed, request.bodySha256(), request.service(), region, now, store);
        return new VerifiedSigner(caller, session.principal);
    }

    /** A presigned URL carries its session token in the query, a signed request in a header. */
    private static Optional<String> sessionToken(AwsHttpRequest request) {
        String token =
                PresignedSigV4.applies(request)
                        ? PresignedSigV4.sessionToken(request)
                        : request.header("X-Amz-Security-Token");
        return token == null ? Optional.empty() : Optional.of(token.trim());
    }

    /** The session the store opened, if any. */
    private static final class SessionHolder implements Consumer<SessionPrincipal> {

        private SessionPrincipal principal;

        @Override
        public void accept(SessionPrincipal opened) {
            principal = opened;
        }
    }
}
