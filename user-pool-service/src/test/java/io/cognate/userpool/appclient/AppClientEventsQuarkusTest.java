package io.cognate.userpool.appclient;

import static org.assertj.core.api.Assertions.assertThat;

import io.cognate.contracts.events.DomainEvent;
import io.cognate.contracts.events.EventCodec;
import io.cognate.contracts.events.userpool.UserPoolClientCreated;
import io.cognate.contracts.events.userpool.UserPoolClientDeleted;
import io.cognate.contracts.events.userpool.UserPoolClientUpdated;
import io.cognate.contracts.events.userpool.UserPoolConfigEvent;
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

/** Client changes reach {@code cognate.userpool.config.v1} through the outbox, keyed by pool. */
@QuarkusTest
class AppClientEventsQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    @Test
    void createUpdateDeleteWhenKafkaRunningThenThreeClientEventsInOrder() {
        try (var consumer = consumer();
                var cognito = CognitoClients.root(endpoint)) {
            String poolId = cognito.createUserPool(r -> r.poolName("evented")).userPool().id();
            String clientId =
                    cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("first"))
                            .userPoolClient()
                            .clientId();
            cognito.updateUserPoolClient(
                    r -> r.userPoolId(poolId).clientId(clientId).clientName("second"));
            cognito.deleteUserPoolClient(r -> r.userPoolId(poolId).clientId(clientId));

            List<DomainEvent> events = awaitClientEvents(consumer, poolId, 3);

            assertThat(events)
                    .extracting(e -> e.getClass().getSimpleName())
                    .containsExactly(
                            "UserPoolClientCreated",
                            "UserPoolClientUpdated",
                            "UserPoolClientDeleted");
            assertThat((UserPoolClientCreated) events.get(0))
                    .extracting(
                            UserPoolClientCreated::userPoolId,
                            UserPoolClientCreated::clientId,
                            UserPoolClientCreated::clientName)
                    .containsExactly(poolId, clientId, "first");
            assertThat(((UserPoolClientUpdated) events.get(1)).clientName()).isEqualTo("second");
            assertThat(((UserPoolClientDeleted) events.get(2)).clientId()).isEqualTo(clientId);
        }
    }

    private static List<DomainEvent> awaitClientEvents(
            KafkaConsumer<String, String> consumer, String poolId, int wanted) {
        List<DomainEvent> received = new ArrayList<>();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline) && received.size() < wanted) {
            for (var record : consumer.poll(Duration.ofMillis(250))) {
                if (poolId.equals(record.key())) {
                    EventCodec.fromJson(record.value())
                            .filter(
                                    e ->
                                            e instanceof UserPoolClientCreated
                                                    || e instanceof UserPoolClientUpdated
                                                    || e instanceof UserPoolClientDeleted)
                            .ifPresent(received::add);
                }
            }
        }
        return received;
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
}
