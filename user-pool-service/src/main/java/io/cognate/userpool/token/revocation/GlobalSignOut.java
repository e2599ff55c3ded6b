package io.cognate.userpool.token.revocation;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.userpool.token.AccessTokens;
import io.cognate.userpool.user.Users;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Signs the access token's user out of every client: all refresh tokens are revoked, and every
 * access token issued so far, this one included, is refused by Cognate's APIs.
 */
@ApplicationScoped
public class GlobalSignOut implements AwsOperation<GlobalSignOut.Request, GlobalSignOut.Response> {

    public record Request(String accessToken) {
        @Override
        public String toString() {
            return "GlobalSignOut.Request[redacted]";
        }
    }

    public record Response() {}

    private final AccessTokens accessTokens;
    private final Users users;
    private final SignOuts signOuts;

    GlobalSignOut(AccessTokens accessTokens, Users users, SignOuts signOuts) {
        this.accessTokens = accessTokens;
        this.users = users;
        this.signOuts = signOuts;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithTransaction
    public Uni<Response> execute(Request request, RequestContext context) {
        return accessTokens
                .authenticate(request.accessToken())
                .chain(principal -> users.findBySub(principal.userPoolId(), principal.sub()))
                .onItem()
                .ifNull()
                .failWith(() -> new NotAuthorizedException("User does not exist."))
                .chain(user -> signOuts.signOut(user, "USER", context.receivedAt()))
                .replaceWith(new Response());
    }
}
