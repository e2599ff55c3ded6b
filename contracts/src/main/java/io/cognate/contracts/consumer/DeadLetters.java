package io.cognate.contracts.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
 * Parks the records a consumer cannot handle on its dead-letter topic: key and value unchanged,
 * with headers naming the reason, the consumer group and the original position, so an operator can
 * inspect and replay them. The producer is created lazily: a healthy deployment never opens it.
 */
public final class DeadLetters implements AutoCloseable {

    private final String bootstrapServers;
    private final String topic;
    private final String consumerGroup;
    private KafkaProducer<String, String> producer;

    /**
     * @param topic the dead-letter topic, by convention the consumed topic + {@code .dlq}
     * @param consumerGroup the consumer whose records these are (header, producer client id)
     */
    public DeadLetters(String bootstrapServers, String topic, String consumerGroup) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.consumerGroup = consumerGroup;
    }

    /** Waits until Kafka has the record, so the caller may then commit past the original. */
    public synchronized void park(ConsumerRecord<String, String> record, String reason)
            throws ExecutionException, InterruptedException, TimeoutException {
        var parked = new ProducerRecord<>(topic, record.key(), record.value());
        parked.headers()
                .add("cognate-dlq-reason", bytes(reason))
                .add("cognate-dlq-consumer", bytes(consumerGroup))
                .add(
                        "cognate-dlq-origin",
                        bytes(record.topic() + "/" + record.partition() + "@" + record.offset()));
        producer().send(parked).get(10, TimeUnit.SECONDS);
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
            producer = null;
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> config = new HashMap<>();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            config.put(ProducerConfig.CLIENT_ID_CONFIG, consumerGroup + "-dlq");
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
