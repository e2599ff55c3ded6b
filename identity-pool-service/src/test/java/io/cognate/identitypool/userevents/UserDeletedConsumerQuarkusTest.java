package io.cognate.identitypool.userevents;

import static io.cognate.identitypool.testing.TestTokens.USER_POOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.events.EventCodec;
import io.cognate.contracts.events.EventMetadata;
import io.cognate.contracts.events.identitypool.IdentityEvent;
import io.cognate.contracts.events.userpool.UserDeleted;
import io.cognate.contracts.events.userpool.UserEvent;
import io.cognate.identitypool.testing.CognitoClients;
import io.cognate.identitypool.testing.IdentityEventLog;
import io.cognate.identitypool.testing.TestTokens;
import io.cognate.infra.TopicReader;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;

/**
 * User-pool {@code UserDeleted} events on the real Kafka broker disable the deleted user's
 * identities, once however often the event is delivered; the user's still-unexpired ID token then
 * reaches only the disabled identity.
 */
@QuarkusTest
class UserDeletedConsumerQuarkusTest {

    static final String CLIENT = "mobile_client";
    static final String DISABLED = "cognate.identitypool.identity.IdentityDisabled";

    @TestHTTPResource("/")
    URI endpoint;

    @Inject DataSource dataSource;

    private CognitoIdentityClient admin;
    private CognitoIdentityClient app;
    private String poolId;

    @BeforeEach
    void connect() {
        admin = CognitoClients.root(endpoint);
        app = CognitoClients.anonymous(endpoint);
        poolId =
                admin.createIdentityPool(
                                r ->
                                        r.identityPoolName("deletions")
                                                .allowUnauthenticatedIdentities(false)
                                                .cognitoIdentityProviders(
                                                        CognitoIdentityProvider.builder()
                                                                .providerName(USER_POOL)
                                                                .clientId(CLIENT)
                                                                .build()))
                        .identityPoolId();
        admin.setIdentityPoolRoles(
                r ->
                        r.identityPoolId(poolId)
                                .roles(
                                        Map.of(
                                                "authenticated",
                                                "arn:aws:iam::000000000000:role/u")));
    }

    @AfterEach
    void close() {
        admin.close();
        app.close();
    }

    @Test
    void userDeletedWhenDeliveredTwiceThenIdentityDisabledOnceAndTokensRefused() {
        String deleted = TestTokens.newSub();
        String sentinel = TestTokens.newSub();
        String kept = TestTokens.newSub();
        Map<String, String> deletedLogins = logins(deleted);
        Map<String, String> keptLogins = logins(kept);
        String deletedId = getId(deletedLogins);
        String sentinelId = getId(logins(sentinel));
        String keptId = getId(keptLogins);

        UserDeleted event = userDeleted(deleted);
        // One key for all three records: one partition, so they are consumed in this order.
        publish(deleted, event);
        publish(deleted, event);
        publish(deleted, userDeleted(sentinel));
        awaitDisabled(sentinelId);

        assertThat(IdentityEventLog.typesFor(dataSource, deletedId))
                .filteredOn(DISABLED::equals)
                .hasSize(1);
        assertThat(IdentityEventLog.typesFor(dataSource, keptId)).doesNotContain(DISABLED);
        assertThatThrownBy(() -> getId(deletedLogins))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Access to Identity '" + deletedId + "' is forbidden.");
        assertThatThrownBy(
                        () ->
                                app.getCredentialsForIdentity(
                                        r -> r.identityId(deletedId).logins(deletedLogins)))
                .isInstanceOf(NotAuthorizedException.class);
        assertThat(
                        app.getCredentialsForIdentity(r -> r.identityId(keptId).logins(keptLogins))
                                .credentials()
                                .accessKeyId())
                .startsWith("ASIA");
    }

    private Map<String, String> logins(String sub) {
        return Map.of(USER_POOL, TestTokens.sign(TestTokens.idToken(CLIENT, sub).build()));
    }

    private String getId(Map<String, String> logins) {
        return app.getId(r -> r.identityPoolId(poolId).logins(logins)).identityId();
    }

    private static UserDeleted userDeleted(String sub) {
        return new UserDeleted(
                EventMetadata.now("cognate/user-pool-service", 1, Instant.now()),
                TestTokens.USER_POOL_ID,
                sub,
                "user-" + sub.substring(0, 8));
    }

    private static void publish(String key, UserDeleted event) {
        try (var producer =
                new KafkaProducer<String, String>(
                        Map.of(
                                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                bootstrap(),
                                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                                StringSerializer.class,
                                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                                StringSerializer.class))) {
            producer.send(new ProducerRecord<>(UserEvent.TOPIC, key, EventCodec.toJson(event)))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException("UserDeleted not published", e);
        }
    }

    /** Blocks on the identity topic until the identity's IdentityDisabled event is published. */
    private static void awaitDisabled(String identityId) {
        try (var reader = TopicReader.fromStart(bootstrap(), IdentityEvent.TOPIC)) {
            reader.awaitFirst(
                    identityId, value -> value.contains(DISABLED), Duration.ofSeconds(60));
        }
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
