package io.cognate.userpool.user;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.events.userpool.UserDeleted;
import io.cognate.contracts.events.userpool.UserEvent;
import io.cognate.userpool.platform.Outbox;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Deletes a user; its aliases and codes go with it (foreign keys cascade). */
@ApplicationScoped
public class AdminDeleteUser
        implements AwsOperation<AdminDeleteUser.Request, AdminDeleteUser.Response> {

    public record Request(String userPoolId, String username) {}

    public record Response() {}

    private final Users users;
    private final UserAccountRepository accounts;
    private final Outbox outbox;

    AdminDeleteUser(Users users, UserAccountRepository accounts, Outbox outbox) {
        this.users = users;
        this.accounts = accounts;
        this.outbox = outbox;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithTransaction
    public Uni<Response> execute(Request request, RequestContext context) {
        return users.require(request.userPoolId(), request.username())
                .call(accounts::delete)
                .call(
                        user ->
                                outbox.append(
                                        new UserDeleted(
                                                outbox.metadata(
                                                        UserEvent.TOPIC, context.receivedAt()),
                                                user.userPoolId,
                                                user.sub.toString(),
                                                user.username)))
                .replaceWith(new Response());
    }
}
