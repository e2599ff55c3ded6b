package io.cognate.userpool.appclient;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.events.userpool.UserPoolClientDeleted;
import io.cognate.contracts.events.userpool.UserPoolConfigEvent;
import io.cognate.userpool.platform.Outbox;
import io.cognate.userpool.userpool.UserPoolRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Deletes an app client; its sealed secret goes with the row. */
@ApplicationScoped
public class DeleteUserPoolClient
        implements AwsOperation<DeleteUserPoolClient.Request, DeleteUserPoolClient.Response> {

    public record Request(String userPoolId, String clientId) {}

    public record Response() {}

    private final UserPoolRepository pools;
    private final AppClientRepository clients;
    private final Outbox outbox;
    private final AppClients appClients;

    DeleteUserPoolClient(
            UserPoolRepository pools,
            AppClientRepository clients,
            Outbox outbox,
            AppClients appClients) {
        this.appClients = appClients;
        this.pools = pools;
        this.clients = clients;
        this.outbox = outbox;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Uni<Response> execute(Request request, RequestContext context) {
        return Panache.withTransaction(() -> delete(request, context))
                .invoke(() -> appClients.forget(request.clientId()));
    }

    private Uni<Response> delete(Request request, RequestContext context) {
        return pools.require(request.userPoolId())
                .chain(() -> clients.require(request.userPoolId(), request.clientId()))
                .call(
                        client -> {
                            var event =
                                    new UserPoolClientDeleted(
                                            outbox.metadata(
                                                    UserPoolConfigEvent.TOPIC,
                                                    context.receivedAt()),
                                            client.userPoolId,
                                            client.clientId,
                                            client.name);
                            return clients.delete(client).call(() -> outbox.append(event));
                        })
                .replaceWith(new Response());
    }
}
