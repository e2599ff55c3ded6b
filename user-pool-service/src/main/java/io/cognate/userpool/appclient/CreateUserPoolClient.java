package io.cognate.userpool.appclient;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.contracts.events.userpool.UserPoolClientCreated;
import io.cognate.contracts.events.userpool.UserPoolConfigEvent;
import io.cognate.userpool.platform.Outbox;
import io.cognate.userpool.userpool.UserPoolRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Creates an app client with Cognito's defaults for every setting left out; with {@code
 * GenerateSecret} (or a caller-chosen {@code ClientSecret}) the secret is stored sealed and
 * returned once here and by DescribeUserPoolClient.
 */
@ApplicationScoped
public class CreateUserPoolClient
        implements AwsOperation<CreateUserPoolClient.Request, CreateUserPoolClient.Response> {

    public record Request(
            String userPoolId,
            String clientName,
            boolean generateSecret,
            String clientSecret,
            ClientSettings settings) {

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Request of(ObjectNode body) {
            return new Request(
                    body.path("UserPoolId").asText(),
                    body.path("ClientName").asText(),
                    body.path("GenerateSecret").asBoolean(false),
                    body.hasNonNull("ClientSecret") ? body.get("ClientSecret").asText() : null,
                    ClientSettings.fromInput(body));
        }

        @Override
        public String toString() {
            return "CreateUserPoolClient.Request[" + userPoolId + ", " + clientName + "]";
        }
    }

    public record Response(ObjectNode userPoolClient) {}

    private final UserPoolRepository pools;
    private final AppClientRepository clients;
    private final ClientSecretCipher cipher;
    private final Outbox outbox;

    CreateUserPoolClient(
            UserPoolRepository pools,
            AppClientRepository clients,
            ClientSecretCipher cipher,
            Outbox outbox) {
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
    @WithTransaction
    public Uni<Response> execute(Request request, RequestContext context) {
        if (request.generateSecret() && request.clientSecret() != null) {
            return Uni.createFrom()
                    .failure(
                            new InvalidParameterException(
                                    "GenerateSecret cannot be true when a ClientSecret is"
                                            + " provided."));
        }
        Instant now = context.receivedAt().truncatedTo(ChronoUnit.MILLIS);
        return pools.require(request.userPoolId())
                .chain(
                        pool -> {
                            String secret =
                                    request.generateSecret()
                                            ? ClientIds.nextSecret()
                                            : request.clientSecret();
                            ClientSettings settings =
                                    ClientRules.apply(
                                            request.settings(),
                                            PoolSchema.attributeNames(pool),
                                            secret != null,
                                            pool.id,
                                            "creating");
                            AppClientEntity client = new AppClientEntity();
                            client.clientId = ClientIds.nextClientId();
                            client.userPoolId = pool.id;
                            client.name = request.clientName();
                            client.secretCiphertext =
                                    secret == null
                                            ? null
                                            : cipher.seal(secret, pool.id, client.clientId);
                            client.settings = settings.toStored();
                            client.createdAt = now;
                            client.lastModifiedAt = now;
                            var event =
                                    new UserPoolClientCreated(
                                            outbox.metadata(UserPoolConfigEvent.TOPIC, now),
                                            pool.id,
                                            client.clientId,
                                            client.name);
                            return clients.persist(client)
                                    .call(() -> outbox.append(event))
                                    .map(
                                            created ->
                                                    new Response(
                                                            AppClientView.describe(
                                                                    created, secret)));
                        });
    }
}
