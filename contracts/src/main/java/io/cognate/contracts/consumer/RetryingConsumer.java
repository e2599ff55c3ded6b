package io.cognate.contracts.consumer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * A plain Kafka consumer on a thread of its own that hands each record to a {@link RecordHandler}
 * and commits past it only once handled, so blocking work (SMTP, JDBC-like waits) never touches an
 * event loop and SmallRye Reactive Messaging is not needed for one consumer. A record whose handler
 * throws is retried after a backoff: its partition is rewound to it, so order within a partition is
 * kept and nothing is skipped. A failed consumer (e.g. a commit lost to a rebalance) is replaced.
 */
public final class RetryingConsumer {

    private static final Logger LOG = Logger.getLogger(RetryingConsumer.class);

    private final String bootstrapServers;
    private final String groupId;
    private final String topic;
    private final Duration retryBackoff;
    private final RecordHandler handler;
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    /**
     * @param groupId the consumer group, also its client id
     */
    public RetryingConsumer(
            String bootstrapServers,
            String groupId,
            String topic,
            Duration retryBackoff,
            RecordHandler handler) {
        this.bootstrapServers = bootstrapServers;
        this.groupId = groupId;
        this.topic = topic;
        this.retryBackoff = retryBackoff;
        this.handler = handler;
    }

    public synchronized void start(String threadName) {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Makes the consumer leave its group and waits (a little) for its thread to end. */
    public synchronized void stop() throws InterruptedException {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            thread.join(5_000);
        }
    }

    private void run() {
        while (running) {
            try {
                consume();
            } catch (WakeupException e) {
                return; // stop() asked the consumer to leave
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf(e, "Consumer %s failed; starting a new one", groupId);
                try {
                    Thread.sleep(retryBackoff.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void consume() throws InterruptedException {
        try (KafkaConsumer<String, String> kafkaConsumer = new KafkaConsumer<>(consumerConfig())) {
            consumer = kafkaConsumer;
            kafkaConsumer.subscribe(List.of(topic));
            while (running) {
                ConsumerRecords<String, String> batch = kafkaConsumer.poll(Duration.ofSeconds(1));
                for (TopicPartition partition : batch.partitions()) {
                    for (ConsumerRecord<String, String> record : batch.records(partition)) {
                        if (!handle(kafkaConsumer, record)) {
                            break; // rewound: this partition resumes at the failed record
                        }
                    }
                }
            }
        }
    }

    /** Handles one record and commits past it; false when it must be retried (rewound). */
    private boolean handle(
            KafkaConsumer<String, String> kafkaConsumer, ConsumerRecord<String, String> record)
            throws InterruptedException {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        try {
            handler.handle(record);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            LOG.warnf(
                    "Consumer %s: record at %s offset %d not handled (%s); retrying",
                    groupId, partition, record.offset(), e.getClass().getName());
            kafkaConsumer.seek(partition, record.offset());
            Thread.sleep(retryBackoff.toMillis());
            return false;
        }
        kafkaConsumer.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
        return true;
    }

    private Map<String, Object> consumerConfig() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                groupId,
                ConsumerConfig.CLIENT_ID_CONFIG,
                groupId,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                50,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class);
    }
}
