package io.cognate.userpool.appclient;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.ConcurrentModificationException;
import io.cognate.contracts.events.userpool.UserPoolClientUpdated;
import io.cognate.contracts.events.userpool.UserPoolConfigEvent;
import io.cognate.userpool.platform.Outbox;
import io.cognate.userpool.userpool.UserPoolEntity;
import io.cognate.userpool.userpool.UserPoolRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hibernate.StaleStateException;

/**
 * Replaces an app client's settings. As in Cognito, every setting the request leaves out returns to
 * its default (so callers resend the whole configuration); the name is kept when omitted, and the
 * id and secret never change.
 */
@ApplicationScoped
public class UpdateUserPoolClient
        implements AwsOperation<UpdateUserPoolClient.Request, UpdateUserPoolClient.Response> {

    public record Request(
            String userPoolId, String clientId, String clientName, ClientSettings settings) {

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Request of(ObjectNode body) {
            return new Request(
                    body.path("UserPoolId").asText(),
                    body.path("ClientId").asText(),
                    body.hasNonNull("ClientName") ? body.get("ClientName").asText() : null,
                    ClientSettings.fromInput(body));
        }
    }

    public record Response(ObjectNode userPoolClient) {}

    private final UserPoolRepository pools;
    private final AppClientRepository clients;
    private final ClientSecretCipher cipher;
    private final Outbox outbox;
    private final AppClients appClients;

    UpdateUserPoolClient(
            UserPoolRepository pools,
            AppClientRepository clients,
            ClientSecretCipher cipher,
            Outbox outbox,
            AppClients appClients) {
        this.appClients = appClients;
        this.pools = pools;
        this.clients = clients;
        this.cipher = cipher;
        this.outbox = outbox;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Uni<Response> execute(Request request, RequestContext context) {
        return Panache.withTransaction(() -> update(request, context))
                .invoke(() -> appClients.forget(request.clientId()));
    }

    private Uni<Response> update(Request request, RequestContext context) {
        Instant now = context.receivedAt().truncatedTo(ChronoUnit.MILLIS);
        return pools.require(request.userPoolId())
                .chain(
                        pool ->
                                clients.require(pool.id, request.clientId())
                                        .invoke(client -> reconfigure(client, pool, request, now)))
                .call(client -> outbox.append(updated(client, now)))
                // Flush here so that a concurrent update surfaces as Cognito's error, not a 500.
                .call(clients::flush)
                .onFailure(
                        e ->
                                e instanceof OptimisticLockException
                                        || e instanceof StaleStateException)
                .transform(
                        e ->
                                new ConcurrentModificationException(
                                        "The app client was modified concurrently; retry the"
                                                + " update."))
                .map(
                        client ->
                                new Response(
                                        AppClientView.describe(
                                                client,
                                                DescribeUserPoolClient.openedSecret(
                                                        cipher, client))));
    }

    private static void reconfigure(
            AppClientEntity client, UserPoolEntity pool, Request request, Instant now) {
        boolean hasSecret = client.secretCiphertext != null;
        ClientSettings settings =
                ClientRules.apply(
                        request.settings(),
                        PoolSchema.attributeNames(pool),
                        hasSecret,
                        pool.id,
                        "updating");
        client.settings = settings.toStored();
        if (request.clientName() != null) {
            client.name = request.clientName();
        }
        client.lastModifiedAt = now;
    }

    private UserPoolClientUpdated updated(AppClientEntity client, Instant now) {
        return new UserPoolClientUpdated(
                outbox.metadata(UserPoolConfigEvent.TOPIC, now),
                client.userPoolId,
                client.clientId,
                client.name);
    }
}
