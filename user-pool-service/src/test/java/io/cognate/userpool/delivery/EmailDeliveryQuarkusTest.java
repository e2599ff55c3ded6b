package io.cognate.userpool.delivery;

import static io.cognate.userpool.testing.SelfService.attr;
import static io.cognate.userpool.testing.SelfService.freshEmail;
import static org.assertj.core.api.Assertions.assertThat;

import io.cognate.contracts.events.EventCodec;
import io.cognate.contracts.events.EventMetadata;
import io.cognate.contracts.events.userpool.CodeDeliveryEvent;
import io.cognate.contracts.events.userpool.CodeDeliveryRequested;
import io.cognate.infra.TopicReader;
import io.cognate.userpool.testing.CognitoClients;
import io.cognate.userpool.testing.RealSmtpServer;
import io.cognate.userpool.testing.SelfService;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/**
 * The delivery path outbox → Kafka → consumer → SMTP: the event reaches the topic keyed by the
 * user's sub, a redelivered event is mailed once, and an unreadable record is parked on the DLQ
 * without stopping the deliveries behind it.
 */
@QuarkusTest
class EmailDeliveryQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    @Test
    void signUpWhenEmailAutoVerifiedThenCodeDeliveryRequestedReachesKafkaKeyedBySub() {
        String email = freshEmail("vic");
        String sub;
        try (var admin = CognitoClients.root(endpoint);
                var app = SelfService.anonymous(endpoint)) {
            String pool =
                    admin.createUserPool(
                                    r ->
                                            r.poolName("delivery")
                                                    .autoVerifiedAttributes(
                                                            VerifiedAttributeType.EMAIL))
                            .userPool()
                            .id();
            String client =
                    admin.createUserPoolClient(r -> r.userPoolId(pool).clientName("app"))
                            .userPoolClient()
                            .clientId();
            sub =
                    app.signUp(
                                    r ->
                                            r.clientId(client)
                                                    .username("vic")
                                                    .password("Corr3ct#Horse")
                                                    .userAttributes(attr("email", email)))
                            .userSub();
        }

        ConsumerRecord<String, String> record = awaitRecord(CodeDeliveryEvent.TOPIC, sub);

        var event = (CodeDeliveryRequested) EventCodec.fromJson(record.value()).orElseThrow();
        assertThat(event.purpose()).isEqualTo("SIGN_UP");
        assertThat(event.deliveryMedium()).isEqualTo("EMAIL");
        assertThat(event.destination()).isEqualTo(email);
        assertThat(event.message()).contains(event.code());
        assertThat(event.toString()).doesNotContain(event.code());
        assertThat(RealSmtpServer.awaitMessage(email, 1).code()).isEqualTo(event.code());
    }

    @Test
    void eventWhenDeliveredTwiceThenMailedOnce() {
        String email = freshEmail("wes");
        CodeDeliveryRequested event = delivery(email, "111111");

        publish(event.sub(), EventCodec.toJson(event));
        RealSmtpServer.awaitMessage(email, 1);
        publish(event.sub(), EventCodec.toJson(event));
        String marker = freshEmail("marker");
        publish("marker", EventCodec.toJson(delivery(marker, "222222")));
        RealSmtpServer.awaitMessage(marker, 1); // the duplicate, published before it, is handled

        assertThat(RealSmtpServer.messagesTo(email)).hasSize(1);
    }

    @Test
    void recordWhenUnreadableThenParkedOnTheDlqAndLaterDeliveriesContinue() {
        String key = "poison-" + UUID.randomUUID();
        publish(key, "{not json");
        String email = freshEmail("xia");
        publish("after-poison", EventCodec.toJson(delivery(email, "333333")));

        ConsumerRecord<String, String> parked = awaitRecord(EmailDeliveryConsumer.DLQ, key);

        assertThat(parked.value()).isEqualTo("{not json");
        assertThat(
                        new String(
                                parked.headers().lastHeader("cognate-dlq-reason").value(),
                                StandardCharsets.UTF_8))
                .startsWith("unreadable");
        assertThat(RealSmtpServer.awaitMessage(email, 1).code()).isEqualTo("333333");
    }

    private static CodeDeliveryRequested delivery(String email, String code) {
        return new CodeDeliveryRequested(
                EventMetadata.now("test", 1, Instant.now()),
                "us-east-1_test",
                UUID.randomUUID().toString(),
                "someone",
                "SIGN_UP",
                "EMAIL",
                email,
                code,
                "Your verification code",
                "Your verification code is " + code + ".");
    }

    private static void publish(String key, String value) {
        try (var producer =
                new KafkaProducer<String, String>(
                        Map.of(
                                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                bootstrap(),
                                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                                StringSerializer.class,
                                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                                StringSerializer.class))) {
            producer.send(new ProducerRecord<>(CodeDeliveryEvent.TOPIC, key, value));
            producer.flush();
        }
    }

    private static ConsumerRecord<String, String> awaitRecord(String topic, String key) {
        try (var reader = TopicReader.fromStart(bootstrap(), topic)) {
            return reader.awaitFirst(key, Duration.ofSeconds(30));
        }
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
