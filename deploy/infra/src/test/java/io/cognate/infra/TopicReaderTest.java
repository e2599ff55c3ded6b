package io.cognate.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TopicReaderTest {

    private static EmbeddedKafkaBroker kafka;

    @BeforeAll
    static void startKafka() {
        kafka = EmbeddedKafkaBroker.temporary().start();
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @Test
    void awaitFirstWhenRecordsOfOtherKeysAndValuesCameFirstThenReturnsTheMatchingOne()
            throws Exception {
        String topic = KafkaRoundTrip.uniqueTopic();
        KafkaRoundTrip.send(kafka.bootstrapServers(), topic, "other", "first");
        KafkaRoundTrip.send(kafka.bootstrapServers(), topic, "mine", "created");
        KafkaRoundTrip.send(kafka.bootstrapServers(), topic, "mine", "disabled");

        try (var reader = TopicReader.fromStart(kafka.bootstrapServers(), topic)) {
            ConsumerRecord<String, String> record =
                    reader.awaitFirst("mine", v -> v.startsWith("dis"), Duration.ofSeconds(60));

            assertThat(record.key()).isEqualTo("mine");
            assertThat(record.value()).isEqualTo("disabled");
        }
    }

    @Test
    void awaitAllWhenSatisfiedThenStillCollectsTheDuplicatesThatFollow() throws Exception {
        String topic = KafkaRoundTrip.uniqueTopic();
        KafkaRoundTrip.send(kafka.bootstrapServers(), topic, "mine", "event-1");
        KafkaRoundTrip.send(kafka.bootstrapServers(), topic, "mine", "event-1");
        KafkaRoundTrip.send(kafka.bootstrapServers(), topic, "other", "event-2");

        try (var reader = TopicReader.fromStart(kafka.bootstrapServers(), topic)) {
            var received =
                    reader.awaitAll("mine", records -> !records.isEmpty(), Duration.ofSeconds(60));

            assertThat(received)
                    .extracting(ConsumerRecord::value)
                    .containsExactly("event-1", "event-1");
        }
    }

    @Test
    void awaitFirstWhenNothingMatchesThenFailsNamingKeyAndTopic() throws Exception {
        String topic = KafkaRoundTrip.uniqueTopic();
        KafkaRoundTrip.send(kafka.bootstrapServers(), topic, "other", "value");

        try (var reader = TopicReader.fromStart(kafka.bootstrapServers(), topic)) {
            assertThatThrownBy(() -> reader.awaitFirst("mine", Duration.ofSeconds(2)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("mine")
                    .hasMessageContaining(topic);
        }
    }
}
