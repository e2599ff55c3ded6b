package io.cognate.userpool.token.revocation;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.user.Users;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * GlobalSignOut on an administrator's behalf (SigV4), for a user named as AdminGetUser names one.
 */
@ApplicationScoped
public class AdminUserGlobalSignOut
        implements AwsOperation<AdminUserGlobalSignOut.Request, AdminUserGlobalSignOut.Response> {

    public record Request(String userPoolId, String username) {}

    public record Response() {}

    private final Users users;
    private final SignOuts signOuts;

    AdminUserGlobalSignOut(Users users, SignOuts signOuts) {
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
        return users.require(request.userPoolId(), request.username())
                .chain(user -> signOuts.signOut(user, "ADMIN", context.receivedAt()))
                .replaceWith(new Response());
    }
}
