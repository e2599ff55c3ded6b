package io.cognate.broker.platform;

import io.cognate.contracts.outbox.OutboxRelay;
import io.cognate.contracts.outbox.OutboxRelayLoop;
import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Identifier;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.producer.KafkaProducer;

/**
 * Relays {@code credential_broker.outbox} to Kafka from start-up on. Events written in a change's
 * transaction are published after it commits; a Kafka outage only delays them. Every poll drains
 * the backlog ({@link DrainingRelay}): the broker writes one event per credential it issues, and
 * one batch per poll kept up with 200 events a second where the benchmark issues 600.
 */
@Startup
@ApplicationScoped
public class OutboxRelayJob {

    public static final String TABLE = "credential_broker.outbox";

    /** Rows claimed, sent and marked per statement pair. */
    static final int BATCH_SIZE = 500;

    private final Vertx vertx;
    private final KafkaProducer<String, String> producer;
    private final ExecutorService sendThread;
    private final long timerId;

    OutboxRelayJob(
            Vertx vertx,
            Pool pool,
            @Identifier("default-kafka-broker") Map<String, Object> kafka,
            CognateConfig config) {
        String clientId = "credential-broker-outbox";
        this.vertx = vertx;
        this.producer =
                new KafkaProducer<>(
                        OutboxRelayLoop.producerConfig(
                                String.valueOf(kafka.get("bootstrap.servers")), clientId));
        this.sendThread = Executors.newSingleThreadExecutor(r -> new Thread(r, clientId));
        DrainingRelay relay =
                new DrainingRelay(
                        new OutboxRelay(pool, TABLE, producer, sendThread, BATCH_SIZE)::relayBatch,
                        BATCH_SIZE);
        this.timerId =
                vertx.setPeriodic(config.outbox().pollInterval().toMillis(), tick -> relay.poll());
    }

    @PreDestroy
    void close() {
        vertx.cancelTimer(timerId);
        sendThread.shutdownNow();
        producer.close(Duration.ofSeconds(2));
    }
}
