package io.cognate.userpool.platform;

import io.cognate.contracts.outbox.OutboxRelayLoop;
import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Identifier;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Relays the outbox to Kafka from start-up on, one drain at a time per replica: every poll sends
 * batches until the backlog is gone, so sign-ins and refreshes at hundreds a second never leave
 * their events behind.
 */
@Startup
@ApplicationScoped
public class OutboxRelayJob {

    private final OutboxRelayLoop loop;

    OutboxRelayJob(
            Vertx vertx,
            Pool pool,
            @Identifier("default-kafka-broker") Map<String, Object> kafka,
            CognateConfig config) {
        this.loop =
                new OutboxRelayLoop(
                        vertx,
                        pool,
                        Outbox.TABLE,
                        String.valueOf(kafka.get("bootstrap.servers")),
                        "user-pool-service-outbox",
                        config.outbox().pollInterval(),
                        config.outbox().batchSize());
    }

    @PreDestroy
    void close() {
        loop.close();
    }
}
