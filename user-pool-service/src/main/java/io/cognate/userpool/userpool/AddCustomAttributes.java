package io.cognate.userpool.userpool;

import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.util.List;

/**
 * Appends {@code custom:} (or developer-only {@code dev:}) attributes to a pool's schema. Existing
 * attributes never change, a name already taken is refused, and the pool keeps at most 50 custom
 * attributes.
 */
@ApplicationScoped
public class AddCustomAttributes
        implements AwsOperation<AddCustomAttributes.Request, AddCustomAttributes.Response> {

    public record Request(String userPoolId, ArrayNode customAttributes) {}

    public record Response() {}

    private final UserPoolRepository pools;
    private final Outbox outbox;

    AddCustomAttributes(UserPoolRepository pools, Outbox outbox) {
        this.pools = pools;
        this.outbox = outbox;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Uni<Response> execute(Request request, RequestContext context) {
        // The settings cache is cleared after the commit, so no reader can keep the old settings.
        return Panache.withTransaction(() -> change(request, context))
                .invoke(() -> pools.forgetSettings(request.userPoolId()));
    }

    private Uni<Response> change(Request request, RequestContext context) {
        Instant now = context.receivedAt().truncatedTo(ChronoUnit.MILLIS);
        return pools.require(request.userPoolId())
                .call(
                        pool -> {
                            ObjectNode settings = UserPoolSettings.asNode(pool.settings);
                            settings.set(
                                    "SchemaAttributes",
                                    CustomAttributes.append(
                                            settings.path("SchemaAttributes"),
                                            request.customAttributes()));
                            pool.settings = UserPoolSettings.asMap(settings);
                            pool.lastModifiedAt = now;
                            return outbox.append(
                                    new UserPoolUpdated(
                                            outbox.metadata(UserPoolConfigEvent.TOPIC, now),
                                            pool.id,
                                            pool.name,
                                            List.of("SchemaAttributes")));
                        })
                .replaceWith(new Response());
    }
}
