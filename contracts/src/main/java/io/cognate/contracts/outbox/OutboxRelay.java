package io.cognate.contracts.outbox;

import io.cognate.contracts.events.CloudEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.jboss.logging.Logger;

/**
 * Publishes the rows of a service's {@code outbox} table to Kafka, oldest first, and marks them
 * sent in the same transaction that locked them. A row is marked only after Kafka acknowledged it,
 * so a Kafka outage delays events and never loses one; a crash between ack and commit re-sends,
 * which consumers absorb by deduplicating on the event id. {@code FOR UPDATE SKIP LOCKED} lets
 * several replicas relay side by side without sending a row twice in the normal case.
 */
public final class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final Pool pool;
    private final Producer<String, String> producer;
    private final Executor sendExecutor;
    private final int batchSize;
    private final String selectBatchSql;
    private final String markSentSql;

    /**
     * @param table the schema-qualified outbox table, e.g. {@code user_pool.outbox}
     * @param sendExecutor where {@code Producer.send} runs: it blocks while Kafka is unreachable
     *     and must never run on an event loop
     */
    public OutboxRelay(
            Pool pool,
            String table,
            Producer<String, String> producer,
            Executor sendExecutor,
            int batchSize) {
        if (!table.matches("[a-z_]+\\.[a-z_]+")) {
            throw new IllegalArgumentException("Not a schema-qualified table name: " + table);
        }
        this.pool = pool;
        this.producer = producer;
        this.sendExecutor = sendExecutor;
        this.batchSize = batchSize;
        this.selectBatchSql =
                "SELECT seq, event_id::text, topic, message_key, payload::text FROM "
                        + table
                        + " WHERE published_at IS NULL ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED";
        this.markSentSql = "UPDATE " + table + " SET published_at = now() WHERE seq = ANY($1)";
    }

    /** Relays one batch; emits how many events were published (0 when there was nothing to do). */
    public Uni<Integer> relayBatch() {
        return pool.withTransaction(this::relayBatch)
                .onFailure()
                .invoke(e -> LOG.warnf("Outbox relay postponed: %s", e.getMessage()));
    }

    private Uni<Integer> relayBatch(SqlConnection connection) {
        return connection
                .preparedQuery(selectBatchSql)
                .execute(Tuple.of(batchSize))
                .chain(
                        rows -> {
                            List<OutboxRow> batch = new ArrayList<>();
                            rows.forEach(row -> batch.add(OutboxRow.of(row)));
                            if (batch.isEmpty()) {
                                return Uni.createFrom().item(0);
                            }
                            return publish(batch)
                                    .chain(() -> markSent(connection, batch))
                                    .replaceWith(batch.size());
                        });
    }

    private Uni<Void> publish(List<OutboxRow> batch) {
        return Uni.createFrom()
                .<Void>emitter(
                        emitter -> {
                            try {
                                var acks = new ArrayList<java.util.concurrent.Future<?>>();
                                for (OutboxRow row : batch) {
                                    acks.add(producer.send(row.toRecord()));
                                }
                                producer.flush();
                                for (var ack : acks) {
                                    ack.get();
                                }
                                emitter.complete(null);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                emitter.fail(e);
                            } catch (Exception e) {
                                emitter.fail(e);
                            }
                        })
                .runSubscriptionOn(sendExecutor);
    }

    private Uni<Void> markSent(SqlConnection connection, List<OutboxRow> batch) {
        Long[] seqs = batch.stream().map(OutboxRow::seq).toArray(Long[]::new);
        return connection.preparedQuery(markSentSql).execute(Tuple.of(seqs)).replaceWithVoid();
    }

    private record OutboxRow(long seq, String eventId, String topic, String key, String payload) {

        static OutboxRow of(Row row) {
            return new OutboxRow(
                    row.getLong(0),
                    row.getString(1),
                    row.getString(2),
                    row.getString(3),
                    row.getString(4));
        }

        ProducerRecord<String, String> toRecord() {
            var record = new ProducerRecord<>(topic, key, payload);
            record.headers()
                    .add(
                            new RecordHeader(
                                    "content-type",
                                    CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8)));
            record.headers()
                    .add(new RecordHeader("ce_id", eventId.getBytes(StandardCharsets.UTF_8)));
            return record;
        }
    }
}
