package io.cognate.userpool.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.cognate.contracts.events.DomainEvent;
import io.cognate.contracts.events.EventCodec;
import io.cognate.contracts.events.userpool.UserPoolConfigEvent;
import io.cognate.contracts.events.userpool.UserPoolCreated;
import io.cognate.infra.EmbeddedKafkaBroker;
import io.cognate.infra.InjectKafkaBroker;
import io.cognate.infra.TopicReader;
import io.cognate.userpool.testing.CognitoClients;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
        try (var reader = TopicReader.fromStart(bootstrap(), UserPoolConfigEvent.TOPIC);
                var cognito = CognitoClients.root(endpoint)) {
            String id = cognito.createUserPool(r -> r.poolName("evented")).userPool().id();

            List<Received> received = awaitEventsFor(reader, id, 1, Duration.ofSeconds(30));

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
        try (var reader = TopicReader.fromStart(bootstrap(), UserPoolConfigEvent.TOPIC);
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

            List<Received> received = awaitEventsFor(reader, id, 1, Duration.ofSeconds(60));

            List<UUID> distinct =
                    received.stream().map(r -> r.event().metadata().eventId()).distinct().toList();
            assertThat(distinct).hasSize(1);
            assertThat(received.get(0).event()).isInstanceOf(UserPoolCreated.class);
        }
    }

    /**
     * Events about the pool, polled until {@code wanted} distinct ones came, then for duplicates.
     */
    private static List<Received> awaitEventsFor(
            TopicReader reader, String poolId, int wanted, Duration timeout) {
        return reader
                .awaitAll(poolId, records -> distinctCount(decoded(records)) >= wanted, timeout)
                .stream()
                .flatMap(
                        r ->
                                EventCodec.fromJson(r.value())
                                        .map(e -> new Received(r.key(), e))
                                        .stream())
                .toList();
    }

    private static List<DomainEvent> decoded(List<ConsumerRecord<String, String>> records) {
        return records.stream().flatMap(r -> EventCodec.fromJson(r.value()).stream()).toList();
    }

    private static long distinctCount(List<DomainEvent> events) {
        return events.stream().map(e -> e.metadata().eventId()).distinct().count();
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    private record Received(String key, DomainEvent event) {}
}
