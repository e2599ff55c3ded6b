package io.cognate.userpool.testing;

import io.cognate.contracts.events.DomainEvent;
import io.cognate.contracts.events.EventCodec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads the events a test caused from the real broker the tests run against. */
public final class TopicReader {

    private TopicReader() {}

    /** A consumer of its own group on {@code topic}, from the earliest record. */
    public static KafkaConsumer<String, String> subscribe(String topic) {
        String bootstrap =
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        var consumer =
                new KafkaConsumer<String, String>(
                        Map.of(
                                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                bootstrap,
                                ConsumerConfig.GROUP_ID_CONFIG,
                                "test-" + UUID.randomUUID(),
                                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                                "earliest",
                                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                                StringDeserializer.class,
                                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                                StringDeserializer.class));
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    /** The events {@code wanted} selects, in order, polling until there are enough or 30 s pass. */
    public static List<DomainEvent> await(
            KafkaConsumer<String, String> consumer, Predicate<DomainEvent> wanted, int count) {
        List<DomainEvent> received = new ArrayList<>();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline) && received.size() < count) {
            for (var record : consumer.poll(Duration.ofMillis(250))) {
                EventCodec.fromJson(record.value()).filter(wanted).ifPresent(received::add);
            }
        }
        return received;
    }
}
