package io.cognate.userpool.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.events.DomainEvent;
import io.cognate.contracts.events.userpool.GroupCreated;
import io.cognate.contracts.events.userpool.GroupDeleted;
import io.cognate.contracts.events.userpool.GroupUpdated;
import io.cognate.contracts.events.userpool.UserPoolCreated;
import io.cognate.contracts.events.userpool.UserPoolDeleted;
import io.cognate.userpool.testing.CognitoClients;
import io.cognate.userpool.testing.ConfigEventLog;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListGroupsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;

/** CreateGroup … ListGroups through the real AWS SDK for Java v2. */
@QuarkusTest
class GroupLifecycleQuarkusTest {

    private static final String ROLE = "arn:aws:iam::000000000000:role/readers";

    @TestHTTPResource("/")
    URI endpoint;

    @Inject DataSource dataSource;

    private CognitoIdentityProviderClient cognito;
    private String poolId;

    @BeforeEach
    void connect() {
        cognito = CognitoClients.root(endpoint);
        poolId = cognito.createUserPool(r -> r.poolName("groups")).userPool().id();
    }

    @AfterEach
    void close() {
        cognito.close();
    }

    @Test
    void createWhenNameIsNewThenGroupIsReturnedAndReadable() {
        GroupType created =
                cognito.createGroup(
                                r ->
                                        r.userPoolId(poolId)
                                                .groupName("readers")
                                                .description("Can read")
                                                .roleArn(ROLE)
                                                .precedence(3))
                        .group();

        assertThat(created.groupName()).isEqualTo("readers");
        assertThat(created.userPoolId()).isEqualTo(poolId);
        assertThat(created.description()).isEqualTo("Can read");
        assertThat(created.roleArn()).isEqualTo(ROLE);
        assertThat(created.precedence()).isEqualTo(3);
        assertThat(created.creationDate()).isNotNull().isEqualTo(created.lastModifiedDate());
        assertThat(cognito.getGroup(r -> r.userPoolId(poolId).groupName("readers")).group())
                .isEqualTo(created);
    }

    @Test
    void createWhenOnlyNameGivenThenOptionalMembersAreAbsent() {
        GroupType created =
                cognito.createGroup(r -> r.userPoolId(poolId).groupName("bare")).group();

        assertThat(created.description()).isNull();
        assertThat(created.roleArn()).isNull();
        assertThat(created.precedence()).isNull();
    }

    @Test
    void createWhenNameTakenThenGroupExistsWithCognitoWording() {
        cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins"));

        assertThatThrownBy(() -> cognito.createGroup(r -> r.userPoolId(poolId).groupName("admins")))
                .isInstanceOf(GroupExistsException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .isEqualTo("A group with the name already exists."));
    }

    @Test
    void createWhenSameNameInAnotherPoolThenBothExist() {
        String other = cognito.createUserPool(r -> r.poolName("other")).userPool().id();
        cognito.createGroup(r -> r.userPoolId(poolId).groupName("shared"));
        cognito.createGroup(r -> r.userPoolId(other).groupName("shared"));

        assertThat(
                        cognito.getGroup(r -> r.userPoolId(other).groupName("shared"))
                                .group()
                                .userPoolId())
                .isEqualTo(other);
    }

    @Test
    void createWhenPoolUnknownThenResourceNotFound() {
        assertThatThrownBy(
                        () ->
                                cognito.createGroup(
                                        r -> r.userPoolId("us-east-1_NoSuchOne").groupName("x")))
                .isInstanceOf(ResourceNotFoundException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .isEqualTo(
                                                "User pool us-east-1_NoSuchOne does not exist."));
    }

    @Test
    void createWhenPrecedenceNegativeThenInvalidParameter() {
        assertThatThrownBy(
                        () ->
                                cognito.createGroup(
                                        r -> r.userPoolId(poolId).groupName("neg").precedence(-1)))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void getWhenGroupUnknownThenResourceNotFoundWithCognitoWording() {
        assertThatThrownBy(() -> cognito.getGroup(r -> r.userPoolId(poolId).groupName("ghosts")))
                .isInstanceOf(ResourceNotFoundException.class)
                .satisfies(e -> assertThat(message(e)).isEqualTo("Group not found."));
    }

    @Test
    void updateWhenOnlyPrecedenceGivenThenOtherMembersKeepTheirValues() {
        cognito.createGroup(
                r ->
                        r.userPoolId(poolId)
                                .groupName("editors")
                                .description("Can edit")
                                .roleArn(ROLE)
                                .precedence(5));

        GroupType updated =
                cognito.updateGroup(r -> r.userPoolId(poolId).groupName("editors").precedence(1))
                        .group();

        assertThat(updated.precedence()).isEqualTo(1);
        assertThat(updated.description()).isEqualTo("Can edit");
        assertThat(updated.roleArn()).isEqualTo(ROLE);
        assertThat(updated.lastModifiedDate()).isAfterOrEqualTo(updated.creationDate());
        assertThat(cognito.getGroup(r -> r.userPoolId(poolId).groupName("editors")).group())
                .isEqualTo(updated);
    }

    @Test
    void updateWhenGroupUnknownThenResourceNotFound() {
        assertThatThrownBy(
                        () ->
                                cognito.updateGroup(
                                        r ->
                                                r.userPoolId(poolId)
                                                        .groupName("nobody")
                                                        .precedence(1)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void deleteWhenGroupExistsThenItIsGoneAndTheNameIsFreeAgain() {
        cognito.createGroup(r -> r.userPoolId(poolId).groupName("temporary"));

        cognito.deleteGroup(r -> r.userPoolId(poolId).groupName("temporary"));

        assertThatThrownBy(() -> cognito.getGroup(r -> r.userPoolId(poolId).groupName("temporary")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(
                        () -> cognito.deleteGroup(r -> r.userPoolId(poolId).groupName("temporary")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(cognito.createGroup(r -> r.userPoolId(poolId).groupName("temporary")).group())
                .isNotNull();
    }

    @Test
    void listWhenGroupsSpanSeveralPagesThenEachAppearsOnceInCreationOrder() {
        List<String> created = new ArrayList<>();
        for (String name : List.of("delta", "alpha/x", "charlie", "bravo", "echo")) {
            cognito.createGroup(r -> r.userPoolId(poolId).groupName(name));
            created.add(name);
        }
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            ListGroupsResponse page =
                    cognito.listGroups(r -> r.userPoolId(poolId).limit(2).nextToken(next));
            assertThat(page.groups()).hasSizeLessThanOrEqualTo(2);
            page.groups().forEach(g -> seen.add(g.groupName()));
            if (token == null) {
                // A group created mid-listing lands after the current position, never twice.
                cognito.createGroup(r -> r.userPoolId(poolId).groupName("late"));
                created.add("late");
            }
            token = page.nextToken();
        } while (token != null);

        assertThat(seen).containsExactlyElementsOf(created);
    }

    @Test
    void listWhenNoLimitGivenThenTheSdkPaginatorSeesEveryGroup() {
        for (int i = 0; i < 3; i++) {
            int n = i;
            cognito.createGroup(r -> r.userPoolId(poolId).groupName("g" + n));
        }

        assertThat(cognito.listGroupsPaginator(r -> r.userPoolId(poolId)).groups())
                .extracting(GroupType::groupName)
                .containsExactly("g0", "g1", "g2");
    }

    @Test
    void listWhenTokenForgedThenInvalidParameter() {
        assertThatThrownBy(
                        () ->
                                cognito.listGroups(
                                        r -> r.userPoolId(poolId).nextToken("bm90LWEtdG9rZW4")))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void listWhenPoolUnknownThenResourceNotFound() {
        assertThatThrownBy(() -> cognito.listGroups(r -> r.userPoolId("us-east-1_NoSuchOne")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void changesWhenCommittedThenConfigEventsAreAppendedInOrder() {
        cognito.createGroup(r -> r.userPoolId(poolId).groupName("evented"));
        cognito.updateGroup(r -> r.userPoolId(poolId).groupName("evented").description("d"));
        cognito.deleteGroup(r -> r.userPoolId(poolId).groupName("evented"));

        List<DomainEvent> events = ConfigEventLog.eventsFor(dataSource, poolId);

        assertThat(events)
                .extracting(e -> e.getClass().getSimpleName())
                .containsExactly("UserPoolCreated", "GroupCreated", "GroupUpdated", "GroupDeleted");
        assertThat(events.get(1))
                .isInstanceOfSatisfying(
                        GroupCreated.class, e -> assertThat(e.groupName()).isEqualTo("evented"));
        assertThat(events.get(2))
                .isInstanceOfSatisfying(
                        GroupUpdated.class, e -> assertThat(e.userPoolId()).isEqualTo(poolId));
        assertThat(events.get(3))
                .isInstanceOfSatisfying(
                        GroupDeleted.class, e -> assertThat(e.groupName()).isEqualTo("evented"));
    }

    @Test
    void deleteUserPoolWhenItHasGroupsThenTheGroupsGoWithItInOneEvent() throws SQLException {
        cognito.createGroup(r -> r.userPoolId(poolId).groupName("one"));
        cognito.createGroup(r -> r.userPoolId(poolId).groupName("two"));
        assertThat(storedGroups(poolId)).isEqualTo(2);

        cognito.deleteUserPool(r -> r.userPoolId(poolId));

        assertThat(storedGroups(poolId)).isZero();
        assertThatThrownBy(() -> cognito.listGroups(r -> r.userPoolId(poolId)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(ConfigEventLog.eventsFor(dataSource, poolId))
                .extracting(e -> e.getClass().getSimpleName())
                .containsExactly(
                        UserPoolCreated.class.getSimpleName(),
                        GroupCreated.class.getSimpleName(),
                        GroupCreated.class.getSimpleName(),
                        UserPoolDeleted.class.getSimpleName());
    }

    private long storedGroups(String userPoolId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count =
                        connection.prepareStatement(
                                "SELECT count(*) FROM user_pool.user_group WHERE user_pool_id = ?")) {
            count.setString(1, userPoolId);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static String message(Throwable e) {
        return ((AwsServiceException) e).awsErrorDetails().errorMessage();
    }
}
