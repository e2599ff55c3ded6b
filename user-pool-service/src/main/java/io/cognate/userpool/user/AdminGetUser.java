package io.cognate.userpool.user;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Returns a user by username, alias or sub. */
@ApplicationScoped
public class AdminGetUser implements AwsOperation<AdminGetUser.Request, AdminGetUser.Response> {

    public record Request(String userPoolId, String username) {}

    public record Response(
            String username,
            List<Attribute> userAttributes,
            Instant userCreateDate,
            Instant userLastModifiedDate,
            boolean enabled,
            String userStatus) {}

    private final Users users;

    AdminGetUser(Users users) {
        this.users = users;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithSession
    public Uni<Response> execute(Request request, RequestContext context) {
        return users.require(request.userPoolId(), request.username())
                .map(
                        user ->
                                new Response(
                                        user.username,
                                        UserView.attributes(user, null),
                                        user.createdAt,
                                        user.lastModifiedAt,
                                        user.enabled,
                                        user.status.name()));
    }
}
