package io.cognate.userpool.userpool;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.events.userpool.UserPoolConfigEvent;
import io.cognate.contracts.events.userpool.UserPoolUpdated;
import io.cognate.userpool.platform.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Replaces a pool's updatable settings. As in Cognito, settings the request leaves out return to
 * their defaults; Schema, UsernameAttributes, AliasAttributes and UsernameConfiguration never
 * change.
 */
@ApplicationScoped
public class UpdateUserPool
        implements AwsOperation<UpdateUserPool.Request, UpdateUserPool.Response> {

    /** UserPoolId, the optional new PoolName and the other UpdateUserPoolRequest members. */
    public record Request(String userPoolId, String poolName, ObjectNode settings) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Request of(ObjectNode body) {
            ObjectNode settings = body.deepCopy();
            String id = settings.remove("UserPoolId").asText();
            var name = settings.remove("PoolName");
            return new Request(id, name == null ? null : name.asText(), settings);
        }
    }

    public record Response() {}

    private final UserPoolRepository pools;
    private final Outbox outbox;

    UpdateUserPool(UserPoolRepository pools, Outbox outbox) {
        this.pools = pools;
        this.outbox = outbox;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Uni<Response> execute(Request request, RequestContext context) {
        return Panache.withTransaction(() -> update(request, context))
                .invoke(() -> pools.forgetSettings(request.userPoolId()));
    }

    private Uni<Response> update(Request request, RequestContext context) {
        Instant now = context.receivedAt().truncatedTo(ChronoUnit.MILLIS);
        return pools.require(request.userPoolId())
                .call(
                        pool -> {
                            if (request.poolName() != null) {
                                pool.name = request.poolName();
                            }
                            ObjectNode current = UserPoolSettings.asNode(pool.settings);
                            pool.settings =
                                    UserPoolSettings.asMap(
                                            UserPoolSettings.forUpdate(
                                                    current, request.settings()));
                            pool.lastModifiedAt = now;
                            return outbox.append(
                                    new UserPoolUpdated(
                                            outbox.metadata(UserPoolConfigEvent.TOPIC, now),
                                            pool.id,
                                            pool.name,
                                            UserPoolSettings.changedBy(request.settings())));
                        })
                .replaceWith(new Response());
    }
}
