package io.cognate.userpool.appclient;

import static org.assertj.core.api.Assertions.assertThat;

import io.cognate.contracts.events.DomainEvent;
import io.cognate.contracts.events.userpool.UserPoolClientCreated;
import io.cognate.contracts.events.userpool.UserPoolClientDeleted;
import io.cognate.contracts.events.userpool.UserPoolClientUpdated;
import io.cognate.contracts.events.userpool.UserPoolConfigEvent;
import io.cognate.userpool.testing.CognitoClients;
import io.cognate.userpool.testing.TopicReader;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Client changes reach {@code cognate.userpool.config.v1} through the outbox, keyed by pool. */
@QuarkusTest
class AppClientEventsQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    @Test
    void createUpdateDeleteWhenKafkaRunningThenThreeClientEventsInOrder() {
        try (var consumer = TopicReader.subscribe(UserPoolConfigEvent.TOPIC);
                var cognito = CognitoClients.root(endpoint)) {
            String poolId = cognito.createUserPool(r -> r.poolName("evented")).userPool().id();
            String clientId =
                    cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("first"))
                            .userPoolClient()
                            .clientId();
            cognito.updateUserPoolClient(
                    r -> r.userPoolId(poolId).clientId(clientId).clientName("second"));
            cognito.deleteUserPoolClient(r -> r.userPoolId(poolId).clientId(clientId));

            List<DomainEvent> events =
                    TopicReader.await(
                            consumer,
                            e ->
                                    (e instanceof UserPoolClientCreated c
                                                    && c.userPoolId().equals(poolId))
                                            || (e instanceof UserPoolClientUpdated u
                                                    && u.userPoolId().equals(poolId))
                                            || (e instanceof UserPoolClientDeleted d
                                                    && d.userPoolId().equals(poolId)),
                            3);

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
}
