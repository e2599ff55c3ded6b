package io.cognate.broker.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * This service's outbox reaches the real Kafka broker: a row committed to the table is published on
 * its topic, keyed by its aggregate, and marked sent; a backlog of several batches is drained
 * without waiting a poll per batch, each row once and in order.
 */
@QuarkusTest
class OutboxRelayQuarkusTest {

    @Inject Pool pool;

    @Test
    void outboxRowWhenCommittedThenPublishedOnceAndMarkedSent() {
        String topic = "cognate.test.outbox.v1";
        String key = "aggregate-" + UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        pool.preparedQuery(
                        "INSERT INTO "
                                + OutboxRelayJob.TABLE
                                + " (event_id, topic, message_key, payload)"
                                + " VALUES ($1, $2, $3, CAST(CAST($4 AS text) AS jsonb))")
                .execute(Tuple.of(eventId, topic, key, "{\"id\":\"" + eventId + "\"}"))
                .await()
                .atMost(Duration.ofSeconds(10));

        List<String> received = new ArrayList<>();
        try (var consumer = consumer(topic)) {
            Instant deadline = Instant.now().plusSeconds(30);
            while (received.isEmpty() && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(250))
                        .forEach(
                                r -> {
                                    if (key.equals(r.key())) received.add(r.value());
                                });
            }
            consumer.poll(Duration.ofSeconds(1))
                    .forEach(
                            r -> {
                                if (key.equals(r.key())) received.add(r.value());
                            });
        }

        assertThat(received).singleElement().asString().contains(eventId.toString());
        var sent =
                pool.preparedQuery(
                                "SELECT published_at IS NOT NULL FROM "
                                        + OutboxRelayJob.TABLE
                                        + " WHERE event_id = $1")
                        .execute(Tuple.of(eventId))
                        .await()
                        .atMost(Duration.ofSeconds(10));
        assertThat(sent.iterator().next().getBoolean(0)).isTrue();
    }

    @Test
    void outboxBacklogWhenLargerThanABatchThenEveryRowPublishedOnceInOrderAndMarkedSent() {
        String topic = "cognate.test.outbox-backlog.v1";
        String key = "aggregate-" + UUID.randomUUID();
        int rows = 2 * OutboxRelayJob.BATCH_SIZE + 7;
        pool.preparedQuery(
                        "INSERT INTO "
                                + OutboxRelayJob.TABLE
                                + " (event_id, topic, message_key, payload)"
                                + " SELECT gen_random_uuid(), $1, $2, jsonb_build_object('n', n)"
                                + " FROM generate_series(1, $3) AS n ORDER BY n")
                .execute(Tuple.of(topic, key, rows))
                .await()
                .atMost(Duration.ofSeconds(10));

        List<String> received = new ArrayList<>();
        try (var consumer = consumer(topic)) {
            Instant deadline = Instant.now().plusSeconds(60);
            while (received.size() < rows && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(250))
                        .forEach(
                                r -> {
                                    if (key.equals(r.key())) received.add(r.value());
                                });
            }
            consumer.poll(Duration.ofSeconds(1))
                    .forEach(
                            r -> {
                                if (key.equals(r.key())) received.add(r.value());
                            });
        }

        List<String> expected = new ArrayList<>();
        for (int n = 1; n <= rows; n++) {
            expected.add("{\"n\": " + n + "}");
        }
        assertThat(received).containsExactlyElementsOf(expected);
        var unsent =
                pool.preparedQuery(
                                "SELECT count(*) FROM "
                                        + OutboxRelayJob.TABLE
                                        + " WHERE message_key = $1 AND published_at IS NULL")
                        .execute(Tuple.of(key))
                        .await()
                        .atMost(Duration.ofSeconds(10));
        assertThat(unsent.iterator().next().getLong(0)).isZero();
    }

    private static KafkaConsumer<String, String> consumer(String topic) {
        var consumer =
                new KafkaConsumer<String, String>(
                        Map.of(
                                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                ConfigProvider.getConfig()
                                        .getValue("kafka.bootstrap.servers", String.class),
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
}
