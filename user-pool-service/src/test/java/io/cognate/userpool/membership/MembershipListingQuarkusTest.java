package io.cognate.userpool.membership;

import static io.cognate.userpool.membership.GroupMembershipQuarkusTest.ROLE;
import static io.cognate.userpool.membership.GroupMembershipQuarkusTest.createUser;
import static io.cognate.userpool.membership.GroupMembershipQuarkusTest.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.userpool.testing.CognitoClients;
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
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListGroupsForUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersInGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/**
 * AdminListGroupsForUser and ListUsersInGroup: order, paging, errors, cascades; through the SDK.
 */
@QuarkusTest
class MembershipListingQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    @Inject DataSource dataSource;

    private CognitoIdentityProviderClient cognito;
    private String poolId;

    @BeforeEach
    void connect() {
        cognito = CognitoClients.root(endpoint);
        poolId = cognito.createUserPool(r -> r.poolName("membership-listing")).userPool().id();
    }

    @AfterEach
    void close() {
        cognito.close();
    }

    @Test
    void listGroupsForUserWhenPrecedencesDifferThenLowestFirstThenNoneThenByName() {
        createUser(cognito, poolId, "Alice");
        group("zeta", 1);
        group("plain-b", null);
        group("alpha", 5);
        group("beta", 1);
        group("plain-a", null);
        for (String g : List.of("zeta", "plain-b", "alpha", "beta", "plain-a")) {
            add("Alice", g);
        }

        List<GroupType> groups =
                cognito.adminListGroupsForUser(r -> r.userPoolId(poolId).username("Alice"))
                        .groups();

        assertThat(groups)
                .extracting(GroupType::groupName)
                .containsExactly("beta", "zeta", "alpha", "plain-a", "plain-b");
        assertThat(groups.get(0).roleArn()).isEqualTo(ROLE);
        assertThat(groups.get(3).precedence()).isNull();
    }

    @Test
    void listGroupsForUserWhenLimitIsSmallThenPagesCoverEveryGroupOnceEvenWithJoinsWhilePaging() {
        createUser(cognito, poolId, "Alice");
        for (int i = 0; i < 5; i++) {
            String name = "g" + i;
            group(name, i);
            add("Alice", name);
        }
        List<String> seen = new ArrayList<>();

        AdminListGroupsForUserResponse first =
                cognito.adminListGroupsForUser(
                        r -> r.userPoolId(poolId).username("Alice").limit(2));
        first.groups().forEach(g -> seen.add(g.groupName()));
        group("late", 9);
        add("Alice", "late");
        String token = first.nextToken();
        while (token != null) {
            String current = token;
            AdminListGroupsForUserResponse page =
                    cognito.adminListGroupsForUser(
                            r ->
                                    r.userPoolId(poolId)
                                            .username("Alice")
                                            .limit(2)
                                            .nextToken(current));
            page.groups().forEach(g -> seen.add(g.groupName()));
            token = page.nextToken();
        }

        assertThat(first.groups()).hasSize(2);
        assertThat(seen).containsExactly("g0", "g1", "g2", "g3", "g4", "late");
    }

    @Test
    void listGroupsForUserWhenUserIsInNoGroupThenEmpty() {
        createUser(cognito, poolId, "Alice");

        AdminListGroupsForUserResponse listed =
                cognito.adminListGroupsForUser(r -> r.userPoolId(poolId).username("Alice"));

        assertThat(listed.groups()).isEmpty();
        assertThat(listed.nextToken()).isNull();
    }

    @Test
    void listGroupsForUserWhenUserOrPoolIsUnknownOrTokenIsForgedThenCognitoErrors() {
        createUser(cognito, poolId, "Alice");

        assertThatThrownBy(
                        () ->
                                cognito.adminListGroupsForUser(
                                        r -> r.userPoolId(poolId).username("nobody")))
                .isInstanceOf(UserNotFoundException.class)
                .satisfies(e -> assertThat(message(e)).isEqualTo("User does not exist."));
        assertThatThrownBy(
                        () ->
                                cognito.adminListGroupsForUser(
                                        r -> r.userPoolId("us-east-1_Nonexist0").username("Alice")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(
                        () ->
                                cognito.adminListGroupsForUser(
                                        r ->
                                                r.userPoolId(poolId)
                                                        .username("Alice")
                                                        .nextToken("not-a-token")))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void listUsersInGroupWhenMoreThanSixtyMembersJoinWhilePagingThenEveryMemberOnce() {
        group("crowd", null);
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 65; i++) {
            String name = "member-%02d".formatted(i);
            createUser(cognito, poolId, name);
            add(name, "crowd");
            members.add(name);
        }
        createUser(cognito, poolId, "outsider");
        List<String> seen = new ArrayList<>();

        ListUsersInGroupResponse first =
                cognito.listUsersInGroup(r -> r.userPoolId(poolId).groupName("crowd"));
        first.users().forEach(u -> seen.add(u.username()));
        for (int i = 0; i < 3; i++) {
            String name = "late-" + i;
            createUser(cognito, poolId, name);
            add(name, "crowd");
            members.add(name);
        }
        ListUsersInGroupResponse second =
                cognito.listUsersInGroup(
                        r ->
                                r.userPoolId(poolId)
                                        .groupName("crowd")
                                        .limit(60)
                                        .nextToken(first.nextToken()));
        second.users().forEach(u -> seen.add(u.username()));

        assertThat(first.users()).hasSize(60);
        assertThat(first.nextToken()).isNotBlank();
        assertThat(second.users()).hasSize(8);
        assertThat(second.nextToken()).isNull();
        assertThat(seen).containsExactlyElementsOf(members);
        assertThat(first.users().get(0).attributes().get(0).name()).isEqualTo("sub");
    }

    @Test
    void listUsersInGroupWhenLimitGivenThenPagesOfThatSize() {
        group("small", null);
        for (String name : List.of("a", "b", "c")) {
            createUser(cognito, poolId, name);
            add(name, "small");
        }

        ListUsersInGroupResponse first =
                cognito.listUsersInGroup(r -> r.userPoolId(poolId).groupName("small").limit(2));
        ListUsersInGroupResponse second =
                cognito.listUsersInGroup(
                        r ->
                                r.userPoolId(poolId)
                                        .groupName("small")
                                        .limit(2)
                                        .nextToken(first.nextToken()));

        assertThat(first.users()).extracting(UserType::username).containsExactly("a", "b");
        assertThat(second.users()).extracting(UserType::username).containsExactly("c");
        assertThat(second.nextToken()).isNull();
    }

    @Test
    void listUsersInGroupWhenGroupOrPoolIsUnknownOrTokenIsForgedThenCognitoErrors() {
        group("readers", null);

        assertThatThrownBy(
                        () -> cognito.listUsersInGroup(r -> r.userPoolId(poolId).groupName("nope")))
                .isInstanceOf(ResourceNotFoundException.class)
                .satisfies(e -> assertThat(message(e)).isEqualTo("Group not found."));
        assertThatThrownBy(
                        () ->
                                cognito.listUsersInGroup(
                                        r ->
                                                r.userPoolId("us-east-1_Nonexist0")
                                                        .groupName("readers")))
                .isInstanceOf(ResourceNotFoundException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .isEqualTo(
                                                "User pool us-east-1_Nonexist0 does not exist."));
        assertThatThrownBy(
                        () ->
                                cognito.listUsersInGroup(
                                        r ->
                                                r.userPoolId(poolId)
                                                        .groupName("readers")
                                                        .nextToken("bm90LWEtdG9rZW4")))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void deleteGroupWhenItHasMembersThenMembershipsGoWithIt() {
        createUser(cognito, poolId, "Alice");
        group("readers", null);
        group("writers", null);
        add("Alice", "readers");
        add("Alice", "writers");

        cognito.deleteGroup(r -> r.userPoolId(poolId).groupName("readers"));

        assertThat(
                        cognito.adminListGroupsForUser(r -> r.userPoolId(poolId).username("Alice"))
                                .groups())
                .extracting(GroupType::groupName)
                .containsExactly("writers");
        assertThat(storedMemberships()).isEqualTo(1);
        group("readers", null);
        assertThat(cognito.listUsersInGroup(r -> r.userPoolId(poolId).groupName("readers")).users())
                .isEmpty();
    }

    @Test
    void deleteUserWhenInGroupsThenMembershipsGoWithIt() {
        createUser(cognito, poolId, "Alice");
        createUser(cognito, poolId, "Bob");
        group("readers", null);
        add("Alice", "readers");
        add("Bob", "readers");

        cognito.adminDeleteUser(r -> r.userPoolId(poolId).username("Alice"));

        assertThat(cognito.listUsersInGroup(r -> r.userPoolId(poolId).groupName("readers")).users())
                .extracting(UserType::username)
                .containsExactly("Bob");
        assertThat(storedMemberships()).isEqualTo(1);
    }

    @Test
    void deletePoolWhenGroupsHaveMembersThenNoMembershipRemains() {
        createUser(cognito, poolId, "Alice");
        group("readers", null);
        add("Alice", "readers");

        cognito.deleteUserPool(r -> r.userPoolId(poolId));

        assertThat(storedMemberships()).isZero();
    }

    private void group(String name, Integer precedence) {
        cognito.createGroup(
                r -> r.userPoolId(poolId).groupName(name).roleArn(ROLE).precedence(precedence));
    }

    private void add(String username, String group) {
        cognito.adminAddUserToGroup(r -> r.userPoolId(poolId).username(username).groupName(group));
    }

    private long storedMemberships() {
        String sql = "SELECT count(*) FROM user_pool.group_member WHERE user_pool_id = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, poolId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count memberships", e);
        }
    }
}
