package io.cognate.userpool.delivery;

import io.cognate.contracts.events.EventCodec;
import io.cognate.contracts.events.userpool.CodeDeliveryEvent;
import io.cognate.contracts.events.userpool.CodeDeliveryRequested;
import io.cognate.userpool.platform.CognateConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
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
 * Delivers EMAIL {@code CodeDeliveryRequested} events: outbox → Kafka → this consumer → SMTP, so
 * that no mail is ever sent inside a database transaction. Runs only when {@code
 * cognate.delivery.email.enabled}.
 *
 * <p>A plain Apache Kafka consumer on a thread of its own, like the outbox relay's plain producer:
 * each record is handled to completion (mail sent, event id recorded) before its offset is
 * committed, a record that cannot be handled is parked on {@link #DLQ} and skipped, and the
 * blocking SMTP client never touches the event loop; SmallRye Reactive Messaging would add a second
 * Kafka stack and configuration model for one consumer. Idempotent on the event id ({@link
 * ConsumedEvents}): a redelivered record is not mailed twice. A crash between sending and recording
 * can still send one mail twice (at least once).
 */
@ApplicationScoped
public class EmailDeliveryConsumer {

    /** The consumer group, and the key of its rows in {@code consumed_event}. */
    public static final String GROUP_ID = "user-pool-service-mailer";

    /** Where records that could not be delivered are parked, unchanged, for an operator. */
    public static final String DLQ = CodeDeliveryEvent.TOPIC + ".dlq";

    private static final Logger LOG = Logger.getLogger(EmailDeliveryConsumer.class);

    private final CognateConfig config;
    private final Map<String, Object> kafka;
    private final CodeMailer mailer;
    private final ConsumedEvents consumed;
    private final DeadLetters deadLetters;
    private final Clock clock;
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    EmailDeliveryConsumer(
            CognateConfig config,
            @Identifier("default-kafka-broker") Map<String, Object> kafka,
            CodeMailer mailer,
            ConsumedEvents consumed,
            DeadLetters deadLetters,
            Clock clock) {
        this.config = config;
        this.kafka = kafka;
        this.mailer = mailer;
        this.consumed = consumed;
        this.deadLetters = deadLetters;
        this.clock = clock;
    }

    void start(@Observes StartupEvent event) {
        if (!config.delivery().email().enabled()) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "code-delivery-email");
        thread.setDaemon(true);
        thread.start();
        LOG.info("Email delivery of codes enabled (consumer group " + GROUP_ID + ")");
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
                return; // stop() asked the consumer to leave
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("Email delivery consumer failed; starting a new one", e);
                try {
                    Thread.sleep(config.delivery().email().retryBackoff().toMillis());
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
            kafkaConsumer.subscribe(List.of(CodeDeliveryEvent.TOPIC));
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
            process(record);
        } catch (Exception e) {
            LOG.warnf(
                    "Code delivery at %s offset %d not done (%s); retrying",
                    partition, record.offset(), e.getClass().getName());
            kafkaConsumer.seek(partition, record.offset());
            Thread.sleep(config.delivery().email().retryBackoff().toMillis());
            return false;
        }
        kafkaConsumer.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
        return true;
    }

    /**
     * Sends the mail a record asks for, unless it was sent already; parks what cannot be read or
     * sent. Throws only for what a retry may cure (database or dead-letter topic unavailable).
     */
    private void process(ConsumerRecord<String, String> record) throws Exception {
        Optional<CodeDeliveryRequested> delivery;
        try {
            delivery =
                    EventCodec.fromJson(record.value())
                            .filter(CodeDeliveryRequested.class::isInstance)
                            .map(CodeDeliveryRequested.class::cast);
        } catch (RuntimeException unreadable) {
            deadLetters.park(record, "unreadable: " + unreadable.getClass().getSimpleName());
            return;
        }
        // Other event types (added later to the topic) and SMS codes are for other consumers.
        if (delivery.isEmpty() || !"EMAIL".equals(delivery.get().deliveryMedium())) {
            return;
        }
        CodeDeliveryRequested event = delivery.get();
        if (consumed.contains(GROUP_ID, event.metadata().eventId())) {
            return;
        }
        try {
            mailer.send(event);
        } catch (CodeMailer.MailNotSent e) {
            deadLetters.park(record, "smtp: " + e.getCause().getClass().getSimpleName());
            return;
        }
        consumed.add(GROUP_ID, event.metadata().eventId(), clock.instant());
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
