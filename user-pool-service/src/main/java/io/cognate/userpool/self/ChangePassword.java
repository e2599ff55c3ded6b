package io.cognate.userpool.self;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.user.PasswordChanges;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The signed-in user replaces their password, proving the previous one, under the pool's policy.
 * Five attempts per user and hour (cognito.md §7.2), so a stolen access token cannot be used to
 * guess the password; a wrong previous password is reported after its attempt was committed.
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
    private final PasswordChanges passwords;

    ChangePassword(SignedInUsers signedIn, PasswordChanges passwords) {
        this.signedIn = signedIn;
        this.passwords = passwords;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithSession
    public Uni<Response> execute(Request request, RequestContext context) {
        Instant now = context.receivedAt().truncatedTo(ChronoUnit.MILLIS);
        return signedIn.require(request.accessToken())
                .chain(
                        caller ->
                                passwords.change(
                                        caller.user().userPoolId,
                                        caller.user().sub,
                                        request.previousPassword(),
                                        request.proposedPassword(),
                                        now))
                .invoke(
                        changed -> {
                            if (!changed) {
                                throw PasswordChanges.incorrect();
                            }
                        })
                .replaceWith(new Response());
    }
}
