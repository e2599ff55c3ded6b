package io.cognate.contracts.outbox;

import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Runs an {@link OutboxRelay} on a Vert.x timer with its own idempotent Kafka producer and send
 * thread; each tick drains the backlog ({@link DrainingRelay}), so a service that writes more
 * events a second than one batch per tick still keeps up (one batch of 100 per 0.5 s relayed 200
 * events/s where the broker issued 600 credentials/s). Services start one at boot and close it at
 * shutdown.
 */
public final class OutboxRelayLoop implements AutoCloseable {

    private final Vertx vertx;
    private final KafkaProducer<String, String> producer;
    private final ExecutorService sendThread;
    private final long timerId;

    public OutboxRelayLoop(
            Vertx vertx,
            io.vertx.mutiny.sqlclient.Pool pool,
            String table,
            String bootstrapServers,
            String clientId,
            Duration interval,
            int batchSize) {
        this.vertx = vertx;
        this.producer = new KafkaProducer<>(producerConfig(bootstrapServers, clientId));
        this.sendThread = Executors.newSingleThreadExecutor(r -> new Thread(r, clientId));
        DrainingRelay relay =
                new DrainingRelay(
                        new OutboxRelay(pool, table, producer, sendThread, batchSize)::relayBatch,
                        batchSize);
        this.timerId = vertx.setPeriodic(interval.toMillis(), tick -> relay.poll());
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
        // The relay sends a batch of rows and then flushes: a linger longer than that send loop
        // lets the flush ship the rows as one record batch per partition (512 KiB holds a relay
        // batch of 500 events) instead of the sender thread picking off a few records per
        // request (its per-request work was about 6 % of the broker's CPU per issued
        // credential). No added latency: flush sends at once, whatever the linger.
        config.put(ProducerConfig.LINGER_MS_CONFIG, 50);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
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
