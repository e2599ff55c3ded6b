package io.cognate.userpool.self;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.user.AttributeVerifications;
import io.cognate.userpool.user.CodeErrors;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Redeems the code GetUserAttributeVerificationCode or UpdateUserAttributes sent: the attribute
 * becomes verified (a pending new value is stored first) and aliases follow. The code is checked in
 * its own transaction and a wrong one reported after it committed, so that every guess counts; five
 * wrong guesses burn the code, and a user has fifteen attempts an hour.
 */
@ApplicationScoped
public class VerifyUserAttribute
        implements AwsOperation<VerifyUserAttribute.Request, VerifyUserAttribute.Response> {

    public record Request(String accessToken, String attributeName, String code) {

        /** Without the token and the code. */
        @Override
        public String toString() {
            return "VerifyUserAttribute.Request[attributeName=%s]".formatted(attributeName);
        }
    }

    public record Response() {}

    private final SignedInUsers signedIn;
    private final AttributeVerifications verifications;

    VerifyUserAttribute(SignedInUsers signedIn, AttributeVerifications verifications) {
        this.signedIn = signedIn;
        this.verifications = verifications;
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
                                verifications.verify(
                                        caller.user().userPoolId,
                                        caller.user().sub,
                                        request.attributeName(),
                                        request.code(),
                                        now))
                .invoke(CodeErrors::requireAcceptedOrLimitExceeded)
                .replaceWith(new Response());
    }
}
