package io.cognate.userpool.platform;

import io.cognate.contracts.outbox.OutboxRelay;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

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
        this.producer = new KafkaProducer<>(producerConfig(kafka));
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

    private static Map<String, Object> producerConfig(Map<String, Object> kafka) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.get("bootstrap.servers"));
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "user-pool-service-outbox");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        // Fail fast while Kafka is away: the rows stay in the outbox and the next tick retries.
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 6000);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        return config;
    }
}
