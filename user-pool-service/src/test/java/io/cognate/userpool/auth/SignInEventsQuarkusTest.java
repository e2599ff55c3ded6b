package io.cognate.userpool.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.events.DomainEvent;
import io.cognate.contracts.events.EventCodec;
import io.cognate.contracts.events.userpool.SignInEvent;
import io.cognate.contracts.events.userpool.SignInFailed;
import io.cognate.contracts.events.userpool.SignInSucceeded;
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
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;

/** Sign-ins reach {@code cognate.userpool.signin.v1}, failures with a reason and no secret. */
@QuarkusTest
class SignInEventsQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    @Test
    void signInsWhenOneFailsAndOneSucceedsThenBothPublished() {
        try (var fixture = new SignInFixture(endpoint, PreventUserExistenceErrorTypes.ENABLED);
                var consumer = consumer()) {
            String username = fixture.confirmedUser();
            assertThatThrownBy(() -> fixture.passwordSignIn(username, "Wr0ng-Password!"));
            fixture.passwordSignIn(username, SignInFixture.PASSWORD);

            List<DomainEvent> events = await(consumer, fixture.poolId, 2);

            assertThat(events.get(0)).isInstanceOf(SignInFailed.class);
            SignInFailed failed = (SignInFailed) events.get(0);
            assertThat(failed.reason()).isEqualTo("WRONG_PASSWORD");
            assertThat(failed.username()).isEqualTo(username);
            assertThat(failed.authFlow()).isEqualTo("USER_PASSWORD_AUTH");
            assertThat(failed.clientId()).isEqualTo(fixture.clientId);
            SignInSucceeded succeeded = (SignInSucceeded) events.get(1);
            assertThat(succeeded.sub()).isEqualTo(failed.sub()).isNotNull();
            assertThat(succeeded.authFlow()).isEqualTo("USER_PASSWORD_AUTH");
            assertThat(EventCodec.toJson(failed)).doesNotContain("Wr0ng-Password!");
        }
    }

    private static List<DomainEvent> await(
            KafkaConsumer<String, String> consumer, String poolId, int wanted) {
        List<DomainEvent> received = new ArrayList<>();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline) && received.size() < wanted) {
            for (var record : consumer.poll(Duration.ofMillis(250))) {
                EventCodec.fromJson(record.value())
                        .filter(e -> e instanceof SignInEvent s && poolId.equals(s.userPoolId()))
                        .ifPresent(received::add);
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
        consumer.subscribe(List.of(SignInEvent.TOPIC));
        return consumer;
    }
}
