package io.cognate.userpool.mfa;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.auth.MfaSetupSessions;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Checks a code of the secret AssociateSoftwareToken handed out (RFC 6238, one step of drift); the
 * secret then becomes the user's authenticator and TOTP MFA is enabled. With a Session (during
 * MFA_SETUP) it answers the Session that completes the MFA_SETUP challenge.
 */
@ApplicationScoped
public class VerifySoftwareToken
        implements AwsOperation<VerifySoftwareToken.Request, VerifySoftwareToken.Response> {

    public record Request(
            String accessToken, String session, String userCode, String friendlyDeviceName) {
        @Override
        public String toString() {
            return "VerifySoftwareToken.Request[redacted]";
        }
    }

    public record Response(String status, String session) {
        @Override
        public String toString() {
            return "VerifySoftwareToken.Response[status=%s]".formatted(status);
        }
    }

    private final SoftwareTokenCaller callers;
    private final SoftwareTokens tokens;
    private final MfaSetupSessions sessions;

    VerifySoftwareToken(
            SoftwareTokenCaller callers, SoftwareTokens tokens, MfaSetupSessions sessions) {
        this.callers = callers;
        this.tokens = tokens;
        this.sessions = sessions;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithTransaction
    public Uni<Response> execute(Request request, RequestContext context) {
        Instant now = context.receivedAt().truncatedTo(ChronoUnit.MILLIS);
        return callers.require(request.accessToken(), request.session(), now)
                .call(
                        caller ->
                                tokens.verify(
                                        caller.user(),
                                        request.userCode(),
                                        now,
                                        caller.setup() != null))
                .chain(
                        caller ->
                                caller.setup() == null
                                        ? Uni.createFrom().item(new Response("SUCCESS", null))
                                        : sessions.next(caller.setup(), true, now)
                                                .map(next -> new Response("SUCCESS", next)));
    }
}
