package io.cognate.userpool.platform;

import io.cognate.contracts.outbox.OutboxRelay;
import io.cognate.contracts.outbox.OutboxRelayLoop;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.producer.KafkaProducer;

/** Relays the outbox to Kafka on a timer; one batch at a time per replica. */
@ApplicationScoped
public class OutboxRelayJob {

    private final ExecutorService sendThread =
            Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    private final KafkaProducer<String, String> producer;
    private final OutboxRelay relay;

    OutboxRelayJob(
            Pool pool,
            @Identifier("default-kafka-broker") Map<String, Object> kafka,
            CognateConfig config) {
        this.producer =
                new KafkaProducer<>(
                        OutboxRelayLoop.producerConfig(
                                String.valueOf(kafka.get("bootstrap.servers")),
                                "user-pool-service-outbox"));
        this.relay =
                new OutboxRelay(
                        pool, Outbox.TABLE, producer, sendThread, config.outbox().batchSize());
    }

    @Scheduled(
            every = "${cognate.outbox.poll-interval:0.5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> relay() {
        return relay.relayBatch().onFailure().recoverWithItem(0).replaceWithVoid();
    }

    @PreDestroy
    void close() {
        sendThread.shutdownNow();
        producer.close(java.time.Duration.ofSeconds(2));
    }
}
