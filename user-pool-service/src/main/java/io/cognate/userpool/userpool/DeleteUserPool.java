package io.cognate.userpool.userpool;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.contracts.events.userpool.UserPoolConfigEvent;
import io.cognate.contracts.events.userpool.UserPoolDeleted;
import io.cognate.userpool.appclient.AppClients;
import io.cognate.userpool.platform.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Deletes a pool unless its deletion protection is active. */
@ApplicationScoped
public class DeleteUserPool
        implements AwsOperation<DeleteUserPool.Request, DeleteUserPool.Response> {

    public record Request(String userPoolId) {}

    public record Response() {}

    private final UserPoolRepository pools;
    private final Outbox outbox;
    private final AppClients appClients;

    DeleteUserPool(UserPoolRepository pools, Outbox outbox, AppClients appClients) {
        this.appClients = appClients;
        this.pools = pools;
        this.outbox = outbox;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Uni<Response> execute(Request request, RequestContext context) {
        return Panache.withTransaction(() -> delete(request, context))
                .invoke(
                        () -> {
                            pools.forgetSettings(request.userPoolId());
                            appClients.forgetPool(request.userPoolId());
                        });
    }

    private Uni<Response> delete(Request request, RequestContext context) {
        return pools.require(request.userPoolId())
                .call(
                        pool -> {
                            if ("ACTIVE".equals(pool.settings.get("DeletionProtection"))) {
                                throw new InvalidParameterException(
                                        "The user pool cannot be deleted because deletion protection"
                                                + " is activated. Deletion protection must be"
                                                + " inactivated first.");
                            }
                            var event =
                                    new UserPoolDeleted(
                                            outbox.metadata(
                                                    UserPoolConfigEvent.TOPIC,
                                                    context.receivedAt()),
                                            pool.id,
                                            pool.name);
                            return pools.delete(pool).call(() -> outbox.append(event));
                        })
                .replaceWith(new Response());
    }
}
