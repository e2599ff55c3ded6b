package io.cognate.identitypool.userevents;

import io.cognate.contracts.events.EventCodec;
import io.cognate.contracts.events.userpool.UserDeleted;
import io.cognate.contracts.events.userpool.UserEvent;
import io.cognate.identitypool.platform.CognateConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Consumes user-pool {@code UserDeleted} events ({@code cognate.userpool.user.v1}) and disables the
 * deleted users' identities ({@link DeletedUsers}). A plain Kafka consumer on its own thread, as
 * user-pool-service's email delivery: each record is applied (exactly once, through the recorded
 * event id) before its offset is committed; unreadable records are parked on {@link #DLQ}; a
 * database failure rewinds the partition and retries. Other user events are skipped.
 */
@ApplicationScoped
public class UserDeletedConsumer {

    /** The consumer group, and the key of its rows in {@code consumed_event}. */
    public static final String GROUP_ID = "identity-pool-service-user-events";

    public static final String DLQ = UserEvent.TOPIC + ".dlq";

    private static final Duration RETRY_BACKOFF = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(UserDeletedConsumer.class);

    private final CognateConfig config;
    private final Map<String, Object> kafka;
    private final DeletedUsers deletedUsers;
    private final DeadLetters deadLetters;
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    UserDeletedConsumer(
            CognateConfig config,
            @Identifier("default-kafka-broker") Map<String, Object> kafka,
            DeletedUsers deletedUsers,
            DeadLetters deadLetters) {
        this.config = config;
        this.kafka = kafka;
        this.deletedUsers = deletedUsers;
        this.deadLetters = deadLetters;
    }

    void start(@Observes StartupEvent event) {
        if (!config.identity().consumeUserEvents()) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "user-deleted-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            thread.join(5_000);
        }
    }

    /**
     * Consumes until stopped; a failed consumer (e.g. a commit lost to a rebalance) is replaced.
     */
    private void run() {
        while (running) {
            try {
                consume();
            } catch (WakeupException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("User event consumer failed; starting a new one", e);
                if (!pause()) {
                    return;
                }
            }
        }
    }

    private void consume() throws InterruptedException {
        try (KafkaConsumer<String, String> kafkaConsumer = new KafkaConsumer<>(consumerConfig())) {
            consumer = kafkaConsumer;
            kafkaConsumer.subscribe(List.of(UserEvent.TOPIC));
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

    private boolean handle(
            KafkaConsumer<String, String> kafkaConsumer, ConsumerRecord<String, String> record)
            throws InterruptedException {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        try {
            process(record);
        } catch (Exception e) {
            LOG.warnf(
                    "User event at %s offset %d not applied (%s); retrying",
                    partition, record.offset(), e.getClass().getName());
            kafkaConsumer.seek(partition, record.offset());
            Thread.sleep(RETRY_BACKOFF.toMillis());
            return false;
        }
        kafkaConsumer.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
        return true;
    }

    private void process(ConsumerRecord<String, String> record) throws Exception {
        Optional<UserDeleted> deleted;
        try {
            deleted =
                    EventCodec.fromJson(record.value())
                            .filter(UserDeleted.class::isInstance)
                            .map(UserDeleted.class::cast);
        } catch (RuntimeException unreadable) {
            deadLetters.park(record, "unreadable: " + unreadable.getClass().getSimpleName());
            return;
        }
        if (deleted.isEmpty()) {
            return;
        }
        UserDeleted event = deleted.get();
        if (event.userPoolId() == null
                || event.sub() == null
                || !event.userPoolId().contains("_")) {
            deadLetters.park(record, "incomplete UserDeleted");
            return;
        }
        List<String> disabled = deletedUsers.apply(GROUP_ID, event);
        if (!disabled.isEmpty()) {
            LOG.infof("Disabled %d identities of a deleted user", disabled.size());
        }
    }

    private boolean pause() {
        try {
            Thread.sleep(RETRY_BACKOFF.toMillis());
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Map<String, Object> consumerConfig() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.get("bootstrap.servers"),
                ConsumerConfig.GROUP_ID_CONFIG,
                GROUP_ID,
                ConsumerConfig.CLIENT_ID_CONFIG,
                GROUP_ID,
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
