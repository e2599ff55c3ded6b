package io.cognate.userpool.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.cognate.contracts.events.DomainEvent;
import io.cognate.contracts.events.EventCodec;
import io.cognate.contracts.events.userpool.UserPoolConfigEvent;
import io.cognate.contracts.events.userpool.UserPoolCreated;
import io.cognate.infra.EmbeddedKafkaBroker;
import io.cognate.infra.InjectKafkaBroker;
import io.cognate.userpool.testing.CognitoClients;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
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
 * Events leave through the transactional outbox: a change made while Kafka is down still succeeds,
 * and its event arrives once Kafka is back, once per consumer after deduplication by event id.
 */
@QuarkusTest
class OutboxDeliveryQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    @InjectKafkaBroker EmbeddedKafkaBroker broker;

    @Test
    void createWhenKafkaRunningThenCloudEventPublishedKeyedByPoolId() {
        try (var consumer = consumer();
                var cognito = CognitoClients.root(endpoint)) {
            String id = cognito.createUserPool(r -> r.poolName("evented")).userPool().id();

            List<Received> received = awaitEventsFor(consumer, id, 1, Duration.ofSeconds(30));

            assertThat(received).hasSize(1);
            Received first = received.get(0);
            assertThat(first.key()).isEqualTo(id);
            assertThat(first.event())
                    .isInstanceOfSatisfying(
                            UserPoolCreated.class,
                            e -> {
                                assertThat(e.name()).isEqualTo("evented");
                                assertThat(e.arn()).endsWith(":userpool/" + id);
                                assertThat(e.metadata().source()).isEqualTo(Outbox.SOURCE);
                                assertThat(e.metadata().schemaVersion()).isEqualTo(1);
                            });
        }
    }

    @Test
    void createWhenKafkaDownThenChangeSucceedsAndEventArrivesExactlyOnceAfterRecovery() {
        try (var consumer = consumer();
                var cognito = CognitoClients.root(endpoint)) {
            broker.stop();
            String id;
            try {
                id = cognito.createUserPool(r -> r.poolName("during-outage")).userPool().id();
                assertThat(cognito.describeUserPool(r -> r.userPoolId(id)).userPool().name())
                        .isEqualTo("during-outage");
            } finally {
                broker.start();
            }

            List<Received> received = awaitEventsFor(consumer, id, 1, Duration.ofSeconds(60));

            List<UUID> distinct =
                    received.stream().map(r -> r.event().metadata().eventId()).distinct().toList();
            assertThat(distinct).hasSize(1);
            assertThat(received.get(0).event()).isInstanceOf(UserPoolCreated.class);
        }
    }

    /**
     * Polls until {@code wanted} distinct events about the pool arrived, then once more for
     * duplicates.
     */
    private static List<Received> awaitEventsFor(
            KafkaConsumer<String, String> consumer, String poolId, int wanted, Duration timeout) {
        List<Received> received = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && distinctCount(received) < wanted) {
            collect(consumer, poolId, Duration.ofMillis(250), received);
        }
        collect(consumer, poolId, Duration.ofSeconds(1), received);
        return received;
    }

    private static void collect(
            KafkaConsumer<String, String> consumer,
            String poolId,
            Duration wait,
            List<Received> into) {
        for (var record : consumer.poll(wait)) {
            if (poolId.equals(record.key())) {
                EventCodec.fromJson(record.value())
                        .ifPresent(e -> into.add(new Received(record.key(), e)));
            }
        }
    }

    private static long distinctCount(List<Received> received) {
        return received.stream().map(r -> r.event().metadata().eventId()).distinct().count();
    }

    private static KafkaConsumer<String, String> consumer() {
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
        consumer.subscribe(List.of(UserPoolConfigEvent.TOPIC));
        return consumer;
    }

    private record Received(String key, DomainEvent event) {}
}
