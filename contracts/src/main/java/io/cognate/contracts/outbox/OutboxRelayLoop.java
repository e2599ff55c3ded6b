package io.cognate.contracts.outbox;

import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Runs an {@link OutboxRelay} on a Vert.x timer, one batch at a time, with its own idempotent Kafka
 * producer and send thread. Services without a scheduler start one at boot and close it at
 * shutdown.
 */
public final class OutboxRelayLoop implements AutoCloseable {

    private final Vertx vertx;
    private final KafkaProducer<String, String> producer;
    private final ExecutorService sendThread;
    private final long timerId;
    private final AtomicBoolean busy = new AtomicBoolean();

    public OutboxRelayLoop(
            Vertx vertx,
            io.vertx.mutiny.sqlclient.Pool pool,
            String table,
            String bootstrapServers,
            String clientId,
            Duration interval) {
        this.vertx = vertx;
        this.producer = new KafkaProducer<>(producerConfig(bootstrapServers, clientId));
        this.sendThread = Executors.newSingleThreadExecutor(r -> new Thread(r, clientId));
        OutboxRelay relay = new OutboxRelay(pool, table, producer, sendThread, 100);
        this.timerId =
                vertx.setPeriodic(
                        interval.toMillis(),
                        tick -> {
                            if (busy.compareAndSet(false, true)) {
                                relay.relayBatch()
                                        .onTermination()
                                        .invoke(() -> busy.set(false))
                                        .subscribe()
                                        .with(sent -> {}, failure -> {});
                            }
                        });
    }

    /**
     * Producer settings every relay uses: idempotent, {@code acks=all}, and fast failure while
     * Kafka is away (rows stay in the outbox and the next tick retries).
     */
    public static Map<String, Object> producerConfig(String bootstrapServers, String clientId) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 6000);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        return config;
    }

    @Override
    public void close() {
        vertx.cancelTimer(timerId);
        sendThread.shutdownNow();
        producer.close(Duration.ofSeconds(2));
    }
}
