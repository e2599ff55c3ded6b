package io.cognate.userpool.userpool;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.events.userpool.UserPoolConfigEvent;
import io.cognate.contracts.events.userpool.UserPoolCreated;
import io.cognate.userpool.platform.CognateConfig;
import io.cognate.userpool.platform.Outbox;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Creates a user pool with Cognito's defaults for every setting the caller leaves out. */
@ApplicationScoped
public class CreateUserPool
        implements AwsOperation<CreateUserPool.Request, CreateUserPool.Response> {

    /** PoolName plus every other CreateUserPoolRequest member, already validated by the model. */
    public record Request(String poolName, ObjectNode settings) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Request of(ObjectNode body) {
            ObjectNode settings = body.deepCopy();
            return new Request(settings.remove("PoolName").asText(), settings);
        }
    }

    public record Response(ObjectNode userPool) {}

    private final UserPoolRepository pools;
    private final Outbox outbox;
    private final CognateConfig config;

    CreateUserPool(UserPoolRepository pools, Outbox outbox, CognateConfig config) {
        this.pools = pools;
        this.outbox = outbox;
        this.config = config;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithTransaction
    public Uni<Response> execute(Request request, RequestContext context) {
        Instant now = context.receivedAt().truncatedTo(ChronoUnit.MILLIS);
        UserPoolEntity pool = new UserPoolEntity();
        pool.id = UserPoolIds.next(config.region());
        pool.name = request.poolName();
        pool.arn = UserPoolIds.arn(config.region(), config.accountId(), pool.id);
        pool.settings = UserPoolSettings.asMap(UserPoolSettings.forCreate(request.settings()));
        pool.createdAt = now;
        pool.lastModifiedAt = now;
        var event =
                new UserPoolCreated(
                        outbox.metadata(UserPoolConfigEvent.TOPIC, now),
                        pool.id,
                        pool.name,
                        pool.arn);
        return pools.persist(pool)
                .call(() -> outbox.append(event))
                .map(created -> new Response(UserPoolView.describe(created)));
    }
}
