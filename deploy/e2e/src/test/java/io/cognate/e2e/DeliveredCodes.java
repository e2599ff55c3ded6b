package io.cognate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the codes Cognate asks delivery services to send, from the launched suite's Kafka, as an
 * SMS gateway or mail sender would: the {@code cognate.userpool.delivery.v1} topic.
 */
final class DeliveredCodes implements AutoCloseable {

    private static final String TOPIC = "cognate.userpool.delivery.v1";

    private final KafkaConsumer<String, String> consumer;
    private final ObjectMapper json = new ObjectMapper();

    DeliveredCodes(String bootstrapServers) {
        consumer =
                new KafkaConsumer<>(
                        Map.of(
                                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                bootstrapServers,
                                ConsumerConfig.GROUP_ID_CONFIG,
                                "e2e-" + UUID.randomUUID(),
                                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                                "earliest",
                                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                                StringDeserializer.class,
                                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                                StringDeserializer.class));
        consumer.subscribe(List.of(TOPIC));
    }

    /** The newest code sent to {@code destination} for {@code purpose}, waiting up to 60 s. */
    String await(String destination, String purpose) throws IOException {
        return awaitDelivery(destination, purpose).path("code").asText();
    }

    /**
     * The newest delivery request (its {@code data}: {@code code}, {@code message}, {@code
     * subject}...) for {@code destination} and {@code purpose}, waiting up to 60 s.
     */
    JsonNode awaitDelivery(String destination, String purpose) throws IOException {
        JsonNode found = null;
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            for (var record : consumer.poll(Duration.ofMillis(500))) {
                JsonNode data = json.readTree(record.value()).path("data");
                if (destination.equals(data.path("destination").asText())
                        && purpose.equals(data.path("purpose").asText())) {
                    found = data;
                }
            }
            if (found != null) {
                return found;
            }
        }
        throw new IllegalStateException("No " + purpose + " code reached " + destination);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
