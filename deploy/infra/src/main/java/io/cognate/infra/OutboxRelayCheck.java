package io.cognate.infra;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The outbox relay's contract, checked alike for every service that has one: a row committed to the
 * outbox table is published once on its topic, keyed by its aggregate, and marked sent. Written
 * through the service's own reactive pool, so it reaches the database the service under test uses.
 */
public final class OutboxRelayCheck {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private OutboxRelayCheck() {}

    /**
     * Inserts one row into {@code table} and fails unless the relay published it once and marked it
     * sent.
     */
    public static void assertPublishedOnceAndMarkedSent(
            Pool pool, String table, String bootstrapServers) {
        String topic = "cognate.test.outbox.v1";
        String key = "aggregate-" + UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        pool.preparedQuery(
                        "INSERT INTO "
                                + table
                                + " (event_id, topic, message_key, payload)"
                                + " VALUES ($1, $2, $3, CAST(CAST($4 AS text) AS jsonb))")
                .execute(Tuple.of(eventId, topic, key, "{\"id\":\"" + eventId + "\"}"))
                .await()
                .atMost(WAIT);

        try (var reader = TopicReader.fromStart(bootstrapServers, topic)) {
            var received =
                    reader.awaitAll(key, records -> !records.isEmpty(), Duration.ofSeconds(30));
            if (received.size() != 1) {
                throw new AssertionError(
                        "expected the row published once, got " + received.size() + " records");
            }
            ConsumerRecord<String, String> record = received.get(0);
            if (!record.value().contains(eventId.toString())) {
                throw new AssertionError("published a record without the row's payload");
            }
        }
        // The relay marks the row in the transaction that claimed it, after Kafka's ack: the
        // record can be read before that commit, so the mark is awaited, not read once.
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!markedSent(pool, table, eventId)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the relay published the row but did not mark it sent");
            }
            Thread.onSpinWait();
        }
    }

    private static boolean markedSent(Pool pool, String table, UUID eventId) {
        return pool.preparedQuery(
                        "SELECT published_at IS NOT NULL FROM " + table + " WHERE event_id = $1")
                .execute(Tuple.of(eventId))
                .await()
                .atMost(WAIT)
                .iterator()
                .next()
                .getBoolean(0);
    }
}
