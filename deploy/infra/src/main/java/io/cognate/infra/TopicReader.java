package io.cognate.infra;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what a service published: a consumer of one topic in a group of its own, from the topic's
 * start, so a test sees every record about its key whenever it subscribed. Polls until the test's
 * condition holds or its deadline passes; never sleeps.
 */
public final class TopicReader implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(250);

    /** How long {@link #awaitAll} keeps polling once satisfied, so that duplicates show. */
    private static final Duration SETTLE = Duration.ofSeconds(1);

    private final KafkaConsumer<String, String> consumer;
    private final String topic;

    private TopicReader(String bootstrapServers, String topic) {
        this.topic = topic;
        this.consumer =
                new KafkaConsumer<>(
                        Map.of(
                                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                bootstrapServers,
                                ConsumerConfig.GROUP_ID_CONFIG,
                                "test-" + UUID.randomUUID(),
                                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                                "earliest"),
                        new StringDeserializer(),
                        new StringDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /** Subscribes to {@code topic} from its first record. */
    public static TopicReader fromStart(String bootstrapServers, String topic) {
        return new TopicReader(bootstrapServers, topic);
    }

    /** The first record keyed {@code key} whose value matches; fails after {@code timeout}. */
    public ConsumerRecord<String, String> awaitFirst(
            String key, Predicate<String> value, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (var record : consumer.poll(POLL)) {
                if (key.equals(record.key()) && value.test(record.value())) {
                    return record;
                }
            }
        }
        throw new AssertionError(
                "No matching record keyed " + key + " on " + topic + " within " + timeout);
    }

    /** The first record keyed {@code key}; fails after {@code timeout}. */
    public ConsumerRecord<String, String> awaitFirst(String key, Duration timeout) {
        return awaitFirst(key, value -> true, timeout);
    }

    /**
     * Every record keyed {@code key}, polled until {@code enough} holds of them (or {@code timeout}
     * passes), then for one second more so that a duplicate would show. The caller asserts on what
     * came.
     */
    public List<ConsumerRecord<String, String>> awaitAll(
            String key, Predicate<List<ConsumerRecord<String, String>>> enough, Duration timeout) {
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && !enough.test(received)) {
            collect(key, POLL, received);
        }
        collect(key, SETTLE, received);
        return received;
    }

    private void collect(String key, Duration wait, List<ConsumerRecord<String, String>> into) {
        for (var record : consumer.poll(wait)) {
            if (key.equals(record.key())) {
                into.add(record);
            }
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
