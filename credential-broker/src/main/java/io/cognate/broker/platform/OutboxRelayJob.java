package io.cognate.broker.platform;

import io.cognate.contracts.outbox.OutboxRelayLoop;
import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Identifier;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Relays {@code credential_broker.outbox} to Kafka from start-up on. Events written in a change's
 * transaction are published after it commits; a Kafka outage only delays them.
 */
@Startup
@ApplicationScoped
public class OutboxRelayJob {

    /** Rows claimed, sent and marked per statement pair; each tick drains the backlog. */
    static final int BATCH_SIZE = 500;

    public static final String TABLE = "credential_broker.outbox";

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
                        TABLE,
                        String.valueOf(kafka.get("bootstrap.servers")),
                        "credential-broker-outbox",
                        config.outbox().pollInterval(),
                        BATCH_SIZE);
    }

    @PreDestroy
    void close() {
        loop.close();
    }
}
