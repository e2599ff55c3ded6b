package io.cognate.identitypool.userevents;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Parks records the user-event consumer cannot read on {@link UserDeletedConsumer#DLQ}, key and
 * value unchanged, with headers naming the reason, the consumer and the original position. Created
 * lazily: a healthy deployment never opens this producer.
 */
@ApplicationScoped
class DeadLetters {

    private final Map<String, Object> kafka;
    private KafkaProducer<String, String> producer;

    DeadLetters(@Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.kafka = kafka;
    }

    /** Waits until Kafka has the record, so the caller may then commit past the original. */
    synchronized void park(ConsumerRecord<String, String> record, String reason)
            throws ExecutionException, InterruptedException, TimeoutException {
        var parked = new ProducerRecord<>(UserDeletedConsumer.DLQ, record.key(), record.value());
        parked.headers()
                .add("cognate-dlq-reason", bytes(reason))
                .add("cognate-dlq-consumer", bytes(UserDeletedConsumer.GROUP_ID))
                .add(
                        "cognate-dlq-origin",
                        bytes(record.topic() + "/" + record.partition() + "@" + record.offset()));
        producer().send(parked).get(10, TimeUnit.SECONDS);
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(2));
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> config = new HashMap<>();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.get("bootstrap.servers"));
            config.put(ProducerConfig.CLIENT_ID_CONFIG, UserDeletedConsumer.GROUP_ID + "-dlq");
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            producer = new KafkaProducer<>(config);
        }
        return producer;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
