package io.cognate.userpool.self;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.user.PasswordChanges;
import io.cognate.userpool.user.UserThrottles;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The signed-in user replaces their password, proving the previous one, under the pool's policy.
 * Five attempts per user and hour, right or wrong (cognito.md §7.2), so a stolen access token
 * cannot be used to guess the password.
 */
@ApplicationScoped
public class ChangePassword
        implements AwsOperation<ChangePassword.Request, ChangePassword.Response> {

    public record Request(String previousPassword, String proposedPassword, String accessToken) {

        /** Without the passwords and the token. */
        @Override
        public String toString() {
            return "ChangePassword.Request[redacted]";
        }
    }

    public record Response() {}

    private final SignedInUsers signedIn;
    private final UserThrottles throttles;
    private final PasswordChanges passwords;

    ChangePassword(SignedInUsers signedIn, UserThrottles throttles, PasswordChanges passwords) {
        this.signedIn = signedIn;
        this.throttles = throttles;
        this.passwords = passwords;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithTransaction
    public Uni<Response> execute(Request request, RequestContext context) {
        Instant now = context.receivedAt().truncatedTo(ChronoUnit.MILLIS);
        return signedIn.require(request.accessToken())
                .call(
                        caller ->
                                throttles.acquire(
                                        caller.user(), UserThrottles.Action.CHANGE_PASSWORD, now))
                .chain(
                        caller ->
                                passwords.change(
                                        caller.user(),
                                        request.previousPassword(),
                                        request.proposedPassword(),
                                        now))
                .replaceWith(new Response());
    }
}
