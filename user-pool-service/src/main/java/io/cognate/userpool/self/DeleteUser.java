package io.cognate.userpool.self;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.user.SelfDeletions;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The signed-in user deletes their own profile. Their refresh tokens go with it, and their access
 * tokens, naming nobody any more, are refused by every self-service operation afterwards.
 */
@ApplicationScoped
public class DeleteUser implements AwsOperation<DeleteUser.Request, DeleteUser.Response> {

    public record Request(String accessToken) {

        /** Without the token. */
        @Override
        public String toString() {
            return "DeleteUser.Request[redacted]";
        }
    }

    /** The model has no output shape: the body is {@code {}}. */
    public record Response() {}

    private final SignedInUsers signedIn;
    private final SelfDeletions deletions;

    DeleteUser(SignedInUsers signedIn, SelfDeletions deletions) {
        this.signedIn = signedIn;
        this.deletions = deletions;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithTransaction
    public Uni<Response> execute(Request request, RequestContext context) {
        return signedIn.require(request.accessToken())
                .chain(caller -> deletions.delete(caller.user(), context.receivedAt()))
                .replaceWith(new Response());
    }
}
