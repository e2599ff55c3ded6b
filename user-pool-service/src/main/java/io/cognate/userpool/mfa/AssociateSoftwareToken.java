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
 * Hands out a new TOTP secret for the user's authenticator app, pending until VerifySoftwareToken
 * checks a code of it. With a Session (during MFA_SETUP) it answers the Session of the next step.
 */
@ApplicationScoped
public class AssociateSoftwareToken
        implements AwsOperation<AssociateSoftwareToken.Request, AssociateSoftwareToken.Response> {

    public record Request(String accessToken, String session) {
        @Override
        public String toString() {
            return "AssociateSoftwareToken.Request[redacted]";
        }
    }

    public record Response(String secretCode, String session) {
        /** Never prints the secret or the session. */
        @Override
        public String toString() {
            return "AssociateSoftwareToken.Response[redacted]";
        }
    }

    private final SoftwareTokenCaller callers;
    private final SoftwareTokens tokens;
    private final MfaSetupSessions sessions;

    AssociateSoftwareToken(
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
                .chain(
                        caller ->
                                tokens.associate(caller.user(), now)
                                        .chain(
                                                secret ->
                                                        caller.setup() == null
                                                                ? Uni.createFrom()
                                                                        .item(
                                                                                new Response(
                                                                                        secret,
                                                                                        null))
                                                                : sessions.next(
                                                                                caller.setup(),
                                                                                false,
                                                                                now)
                                                                        .map(
                                                                                next ->
                                                                                        new Response(
                                                                                                secret,
                                                                                                next))));
    }
}
