package io.cognate.userpool.membership;

import static io.cognate.userpool.membership.GroupMembershipQuarkusTest.createUser;
import static org.assertj.core.api.Assertions.assertThat;

import io.cognate.userpool.group.GroupEntity;
import io.cognate.userpool.testing.CognitoClients;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/** The port the token work will use for {@code cognito:groups} and the role claims. */
@QuarkusTest
class MembershipStoreQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    @Inject MembershipStore memberships;

    private CognitoIdentityProviderClient cognito;
    private String poolId;

    @BeforeEach
    void connect() {
        cognito = CognitoClients.root(endpoint);
        poolId = cognito.createUserPool(r -> r.poolName("membership-store")).userPool().id();
    }

    @AfterEach
    void close() {
        cognito.close();
    }

    @Test
    void groupsOfWhenUserIsInGroupsThenByPrecedenceLowestFirstNoneLastThenByName()
            throws Throwable {
        UUID sub = UUID.fromString(createUser(cognito, poolId, "Alice"));
        createUser(cognito, poolId, "Bob");
        join("Alice", "none-z", null);
        join("Alice", "ten", 10);
        join("Alice", "none-a", null);
        join("Alice", "zero", 0);
        join("Alice", "ten-b", 10);
        join("Bob", "bobs-only", 0);

        List<GroupEntity> groups = groupsOf(sub);

        assertThat(groups)
                .extracting(g -> g.name)
                .containsExactly("zero", "ten", "ten-b", "none-a", "none-z");
        assertThat(groups).allSatisfy(g -> assertThat(g.userPoolId).isEqualTo(poolId));
    }

    @Test
    void groupsOfWhenUserIsInNoGroupOrUnknownThenEmpty() throws Throwable {
        UUID sub = UUID.fromString(createUser(cognito, poolId, "Alice"));

        assertThat(groupsOf(sub)).isEmpty();
        assertThat(groupsOf(UUID.randomUUID())).isEmpty();
    }

    private List<GroupEntity> groupsOf(UUID sub) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(
                () -> Panache.withSession(() -> memberships.groupsOf(poolId, sub)));
    }

    private void join(String username, String group, Integer precedence) {
        cognito.createGroup(r -> r.userPoolId(poolId).groupName(group).precedence(precedence));
        cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).username(username).groupName(group));
    }
}
