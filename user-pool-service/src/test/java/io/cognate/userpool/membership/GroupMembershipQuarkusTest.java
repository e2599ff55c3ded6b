package io.cognate.userpool.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.events.userpool.GroupMembershipChanged;
import io.cognate.userpool.testing.CognitoClients;
import io.cognate.userpool.testing.ConfigEventLog;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/** AdminAddUserToGroup, AdminRemoveUserFromGroup and their errors and events, through the SDK. */
@QuarkusTest
class GroupMembershipQuarkusTest {

    static final String ROLE = "arn:aws:iam::000000000000:role/readers";

    @TestHTTPResource("/")
    URI endpoint;

    @Inject DataSource dataSource;

    private CognitoIdentityProviderClient cognito;
    private String poolId;

    @BeforeEach
    void connect() {
        cognito = CognitoClients.root(endpoint);
        poolId = cognito.createUserPool(r -> r.poolName("membership")).userPool().id();
    }

    @AfterEach
    void close() {
        cognito.close();
    }

    @Test
    void addWhenUserIsNotMemberThenListedBothWaysWithOneAddedEvent() {
        String sub = createUser(cognito, poolId, "Alice");
        cognito.createGroup(
                r -> r.userPoolId(poolId).groupName("readers").roleArn(ROLE).precedence(2));

        add("Alice", "readers");

        List<GroupType> groups =
                cognito.adminListGroupsForUser(r -> r.userPoolId(poolId).username("alice"))
                        .groups();
        assertThat(groups).extracting(GroupType::groupName).containsExactly("readers");
        assertThat(groups.get(0).roleArn()).isEqualTo(ROLE);
        assertThat(groups.get(0).precedence()).isEqualTo(2);
        assertThat(groups.get(0).userPoolId()).isEqualTo(poolId);
        assertThat(groups.get(0).creationDate()).isNotNull();
        List<UserType> users =
                cognito.listUsersInGroup(r -> r.userPoolId(poolId).groupName("readers")).users();
        assertThat(users).extracting(UserType::username).containsExactly("Alice");
        assertThat(users.get(0).attributes().get(0))
                .isEqualTo(AttributeType.builder().name("sub").value(sub).build());
        assertThat(users.get(0).userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
        assertThat(users.get(0).enabled()).isTrue();
        assertThat(membershipEvents(sub))
                .containsExactly(
                        new Change(poolId, sub, "Alice", "readers", MembershipChanges.ADDED));
    }

    @Test
    void addWhenUserIsAlreadyMemberThenSucceedsWithoutChangeOrEvent() {
        String sub = createUser(cognito, poolId, "Alice");
        cognito.createGroup(r -> r.userPoolId(poolId).groupName("readers"));
        add("Alice", "readers");

        add("ALICE", "readers");
        add(sub, "readers");

        assertThat(cognito.listUsersInGroup(r -> r.userPoolId(poolId).groupName("readers")).users())
                .hasSize(1);
        assertThat(membershipEvents(sub)).hasSize(1);
    }

    @Test
    void removeWhenUserIsMemberThenGoneWithOneRemovedEvent() {
        String sub = createUser(cognito, poolId, "Alice");
        cognito.createGroup(r -> r.userPoolId(poolId).groupName("readers"));
        cognito.createGroup(r -> r.userPoolId(poolId).groupName("writers"));
        add("Alice", "readers");
        add("Alice", "writers");

        remove("Alice", "readers");
        remove("Alice", "readers");

        assertThat(
                        cognito.adminListGroupsForUser(r -> r.userPoolId(poolId).username("Alice"))
                                .groups())
                .extracting(GroupType::groupName)
                .containsExactly("writers");
        assertThat(cognito.listUsersInGroup(r -> r.userPoolId(poolId).groupName("readers")).users())
                .isEmpty();
        assertThat(membershipEvents(sub))
                .containsExactly(
                        new Change(poolId, sub, "Alice", "readers", MembershipChanges.ADDED),
                        new Change(poolId, sub, "Alice", "writers", MembershipChanges.ADDED),
                        new Change(poolId, sub, "Alice", "readers", MembershipChanges.REMOVED));
    }

    @Test
    void removeWhenUserWasNeverMemberThenSucceedsWithoutEvent() {
        String sub = createUser(cognito, poolId, "Alice");
        cognito.createGroup(r -> r.userPoolId(poolId).groupName("readers"));

        remove("Alice", "readers");

        assertThat(membershipEvents(sub)).isEmpty();
    }

    @Test
    void addOrRemoveWhenUserIsUnknownThenUserNotFound() {
        cognito.createGroup(r -> r.userPoolId(poolId).groupName("readers"));

        assertThatThrownBy(() -> add("nobody", "readers"))
                .isInstanceOf(UserNotFoundException.class)
                .satisfies(e -> assertThat(message(e)).isEqualTo("User does not exist."));
        assertThatThrownBy(() -> remove("nobody", "readers"))
                .isInstanceOf(UserNotFoundException.class)
                .satisfies(e -> assertThat(message(e)).isEqualTo("User does not exist."));
    }

    @Test
    void addOrRemoveWhenGroupIsUnknownThenResourceNotFound() {
        createUser(cognito, poolId, "Alice");

        assertThatThrownBy(() -> add("Alice", "nope"))
                .isInstanceOf(ResourceNotFoundException.class)
                .satisfies(e -> assertThat(message(e)).isEqualTo("Group not found."));
        assertThatThrownBy(() -> remove("Alice", "nope"))
                .isInstanceOf(ResourceNotFoundException.class)
                .satisfies(e -> assertThat(message(e)).isEqualTo("Group not found."));
    }

    @Test
    void addWhenGroupBelongsToAnotherPoolThenResourceNotFound() {
        createUser(cognito, poolId, "Alice");
        String otherPool = cognito.createUserPool(r -> r.poolName("other")).userPool().id();
        cognito.createGroup(r -> r.userPoolId(otherPool).groupName("elsewhere"));

        assertThatThrownBy(() -> add("Alice", "elsewhere"))
                .isInstanceOf(ResourceNotFoundException.class)
                .satisfies(e -> assertThat(message(e)).isEqualTo("Group not found."));
    }

    @Test
    void addOrRemoveWhenPoolIsUnknownThenResourceNotFound() {
        String unknown = "us-east-1_Nonexist0";

        assertThatThrownBy(
                        () ->
                                cognito.adminAddUserToGroup(
                                        r ->
                                                r.userPoolId(unknown)
                                                        .username("Alice")
                                                        .groupName("readers")))
                .isInstanceOf(ResourceNotFoundException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .isEqualTo("User pool " + unknown + " does not exist."));
        assertThatThrownBy(
                        () ->
                                cognito.adminRemoveUserFromGroup(
                                        r ->
                                                r.userPoolId(unknown)
                                                        .username("Alice")
                                                        .groupName("readers")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void addWhenUserIsInOneHundredGroupsThenLimitExceededButReAddingStillSucceeds() {
        String sub = createUser(cognito, poolId, "Alice");
        // The hundred groups and memberships are seeded in one statement each, to keep the test
        // fast; the last membership and the refusal go through the API.
        seedGroupsWithMember(99, sub);
        cognito.createGroup(r -> r.userPoolId(poolId).groupName("hundredth"));
        add("Alice", "hundredth");
        cognito.createGroup(r -> r.userPoolId(poolId).groupName("one-too-many"));

        assertThatThrownBy(() -> add("Alice", "one-too-many"))
                .isInstanceOf(AwsServiceException.class)
                .satisfies(
                        e ->
                                assertThat(((AwsServiceException) e).awsErrorDetails().errorCode())
                                        .isEqualTo("LimitExceededException"));
        add("Alice", "hundredth");
        assertThat(
                        cognito.listUsersInGroup(
                                        r -> r.userPoolId(poolId).groupName("one-too-many"))
                                .users())
                .isEmpty();
    }

    private void seedGroupsWithMember(int count, String sub) {
        String groups =
                "INSERT INTO user_pool.user_group"
                        + " (id, user_pool_id, name, created_at, last_modified_at)"
                        + " SELECT gen_random_uuid(), ?, 'seeded-' || n, now(), now()"
                        + " FROM generate_series(1, ?) AS n";
        String members =
                "INSERT INTO user_pool.group_member (group_id, user_pool_id, sub, added_at)"
                        + " SELECT id, user_pool_id, CAST(? AS uuid), now()"
                        + " FROM user_pool.user_group WHERE user_pool_id = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insertGroups = connection.prepareStatement(groups);
                PreparedStatement insertMembers = connection.prepareStatement(members)) {
            insertGroups.setString(1, poolId);
            insertGroups.setInt(2, count);
            insertGroups.executeUpdate();
            insertMembers.setString(1, sub);
            insertMembers.setString(2, poolId);
            assertThat(insertMembers.executeUpdate()).isEqualTo(count);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not seed groups", e);
        }
    }

    private void add(String username, String group) {
        cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).username(username).groupName(group));
    }

    private void remove(String username, String group) {
        cognito.adminRemoveUserFromGroup(
                r -> r.userPoolId(poolId).username(username).groupName(group));
    }

    private List<Change> membershipEvents(String sub) {
        return ConfigEventLog.eventsFor(dataSource, sub).stream()
                .filter(GroupMembershipChanged.class::isInstance)
                .map(GroupMembershipChanged.class::cast)
                .map(Change::of)
                .toList();
    }

    /** A GroupMembershipChanged without its metadata, for comparison. */
    record Change(String userPoolId, String sub, String username, String groupName, String change) {
        static Change of(GroupMembershipChanged e) {
            return new Change(e.userPoolId(), e.sub(), e.username(), e.groupName(), e.change());
        }
    }

    static String createUser(CognitoIdentityProviderClient cognito, String poolId, String name) {
        return cognito
                .adminCreateUser(
                        r ->
                                r.userPoolId(poolId)
                                        .username(name)
                                        .messageAction(MessageActionType.SUPPRESS))
                .user()
                .attributes()
                .stream()
                .filter(a -> a.name().equals("sub"))
                .findFirst()
                .orElseThrow()
                .value();
    }

    static String message(Throwable e) {
        return ((AwsServiceException) e).awsErrorDetails().errorMessage();
    }
}
