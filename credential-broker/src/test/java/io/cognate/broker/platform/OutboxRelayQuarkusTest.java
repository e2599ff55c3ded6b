package io.cognate.broker.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.cognate.infra.OutboxRelayCheck;
import io.cognate.infra.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * This service's outbox reaches the real Kafka broker: a row committed to the table is published on
 * its topic, keyed by its aggregate, and marked sent.
 */
@QuarkusTest
class OutboxRelayQuarkusTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject Pool pool;

    @Test
    void outboxRowWhenCommittedThenPublishedOnceAndMarkedSent() {
        OutboxRelayCheck.assertPublishedOnceAndMarkedSent(pool, OutboxRelayJob.TABLE, bootstrap());
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
                .atMost(WAIT);

        List<String> received;
        try (var reader = TopicReader.fromStart(bootstrap(), topic)) {
            received =
                    reader
                            .awaitAll(
                                    key, records -> records.size() >= rows, Duration.ofSeconds(60))
                            .stream()
                            .map(ConsumerRecord::value)
                            .toList();
        }

        List<String> expected = new ArrayList<>();
        for (int n = 1; n <= rows; n++) {
            expected.add("{\"n\": " + n + "}");
        }
        assertThat(received).containsExactlyElementsOf(expected);
        // The last batch is marked in its claiming transaction after Kafka's ack, so its records
        // can be read before that commit: the marks are awaited until WAIT, not read once.
        long deadline = System.nanoTime() + WAIT.toNanos();
        long unsent;
        do {
            unsent = unsent(key);
        } while (unsent > 0 && System.nanoTime() < deadline);
        assertThat(unsent).isZero();
    }

    private long unsent(String key) {
        return pool.preparedQuery(
                        "SELECT count(*) FROM "
                                + OutboxRelayJob.TABLE
                                + " WHERE message_key = $1 AND published_at IS NULL")
                .execute(Tuple.of(key))
                .await()
                .atMost(WAIT)
                .iterator()
                .next()
                .getLong(0);
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
