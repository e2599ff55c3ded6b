package io.cognate.userpool.userpool;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.events.userpool.UserPoolConfigEvent;
import io.cognate.contracts.events.userpool.UserPoolUpdated;
import io.cognate.userpool.platform.Outbox;
import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * A pool's tags live in its settings as {@code UserPoolTags} (what DescribeUserPool returns); the
 * tagging operations read and write them here.
 */
final class PoolTags {

    private PoolTags() {}

    /** A mutable copy of the pool's tags, empty when it has none. */
    static ObjectNode of(UserPoolEntity pool) {
        ObjectNode settings = UserPoolSettings.asNode(pool.settings);
        return settings.get("UserPoolTags") instanceof ObjectNode tags
                ? tags
                : settings.objectNode();
    }

    /**
     * Tags describe the pool rather than configure it, so LastModifiedDate stays; caches still hear
     * of the change through UserPoolUpdated.
     */
    static Uni<Void> store(
            UserPoolEntity pool, ObjectNode tags, Outbox outbox, RequestContext context) {
        ObjectNode settings = UserPoolSettings.asNode(pool.settings);
        if (tags.isEmpty()) {
            settings.remove("UserPoolTags");
        } else {
            settings.set("UserPoolTags", tags);
        }
        pool.settings = UserPoolSettings.asMap(settings);
        return outbox.append(
                new UserPoolUpdated(
                        outbox.metadata(UserPoolConfigEvent.TOPIC, context.receivedAt()),
                        pool.id,
                        pool.name,
                        List.of("UserPoolTags")));
    }
}
