package io.cognate.userpool.user;

import static io.cognate.userpool.user.AdminUsersQuarkusTest.attr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.userpool.testing.CognitoClients;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

/** ListUsers paging, filters and their errors through the real AWS SDK for Java v2. */
@QuarkusTest
class ListUsersQuarkusTest {

    private static final Logger LOG = Logger.getLogger(ListUsersQuarkusTest.class);

    @TestHTTPResource("/")
    URI endpoint;

    private CognitoIdentityProviderClient cognito;
    private String poolId;

    @BeforeEach
    void connect() {
        cognito = CognitoClients.root(endpoint);
        poolId = cognito.createUserPool(r -> r.poolName("listing")).userPool().id();
    }

    @AfterEach
    void close() {
        cognito.close();
    }

    @Test
    void listWhenUsersAreAddedWhilePagingThenEveryUserAppearsExactlyOnce() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 65; i++) {
            created.add(
                    create(
                            "user-%02d".formatted(i),
                            "User " + i,
                            "user%02d@example.com".formatted(i)));
        }
        List<String> seen = new ArrayList<>();

        ListUsersResponse first = cognito.listUsers(r -> r.userPoolId(poolId).limit(60));
        first.users().forEach(u -> seen.add(u.username()));
        for (int i = 0; i < 3; i++) {
            create("late-" + i, "Late", "late" + i + "@example.com");
        }
        ListUsersResponse second =
                cognito.listUsers(
                        r ->
                                r.userPoolId(poolId)
                                        .limit(60)
                                        .paginationToken(first.paginationToken()));
        second.users().forEach(u -> seen.add(u.username()));

        assertThat(first.users()).hasSize(60);
        assertThat(first.paginationToken()).isNotBlank();
        assertThat(second.users()).hasSize(8);
        assertThat(second.paginationToken()).isNull();
        assertThat(seen).doesNotHaveDuplicates().containsAll(created).hasSize(68);
        assertThat(cognito.listUsers(r -> r.userPoolId(poolId)).users()).hasSize(60);
        logPageTime();
    }

    @Test
    void listWhenFilteredThenOnlyMatchingUsers() {
        create("anna", "Anna", "anna@example.com");
        create("annabel", "Annabel", "annabel@example.com");
        create("bert", "O\"Brien", "bert@example.com");
        String carl = create("Carl", "Carl", "carl@example.com");
        cognito.adminDisableUser(r -> r.userPoolId(poolId).username("bert"));
        cognito.adminSetUserPassword(
                r -> r.userPoolId(poolId).username("anna").password("Perm#Pass1").permanent(true));

        assertThat(names("username = \"anna\"")).containsExactly("anna");
        assertThat(names("username = \"CARL\"")).containsExactly("Carl");
        assertThat(names("username ^= \"ann\"")).containsExactlyInAnyOrder("anna", "annabel");
        assertThat(names("email = \"bert@example.com\"")).containsExactly("bert");
        assertThat(names("given_name ^= \"Anna\"")).containsExactlyInAnyOrder("anna", "annabel");
        assertThat(names("given_name = \"O\\\"Brien\"")).containsExactly("bert");
        assertThat(names("status = \"Disabled\"")).containsExactly("bert");
        assertThat(names("status = \"Enabled\""))
                .containsExactlyInAnyOrder("anna", "annabel", "Carl");
        assertThat(names("cognito:user_status = \"CONFIRMED\"")).containsExactly("anna");
        assertThat(names("cognito:user_status ^= \"force\""))
                .containsExactlyInAnyOrder("annabel", "bert", "Carl");
        assertThat(names("sub = \"" + carl + "\"")).containsExactly("Carl");
        assertThat(names("family_name = \"nobody\"")).isEmpty();
        assertThat(names("")).hasSize(4);
    }

    @Test
    void listWhenAttributesToGetThenOnlyThoseAttributes() {
        create("dora", "Dora", "dora@example.com");

        UserType user =
                cognito.listUsers(r -> r.userPoolId(poolId).attributesToGet("email"))
                        .users()
                        .get(0);

        assertThat(user.attributes()).extracting(AttributeType::name).containsExactly("email");
        assertThat(user.username()).isEqualTo("dora");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "email = dora@example.com",
                "email",
                "custom:tenant = \"x\"",
                "address = \"x\"",
                "status = \"maybe\"",
                "email = \"a\" or email = \"b\"",
                "email = \"unterminated"
            })
    void listWhenFilterMalformedThenInvalidParameterNotServerError(String filter) {
        assertThatThrownBy(() -> cognito.listUsers(r -> r.userPoolId(poolId).filter(filter)))
                .isInstanceOf(InvalidParameterException.class)
                .satisfies(
                        e ->
                                assertThat(((InvalidParameterException) e).statusCode())
                                        .isEqualTo(400));
    }

    @Test
    void listWhenPaginationTokenForgedThenInvalidParameter() {
        assertThatThrownBy(
                        () ->
                                cognito.listUsers(
                                        r -> r.userPoolId(poolId).paginationToken("bm9wZQ")))
                .isInstanceOf(InvalidParameterException.class);
    }

    /** Informal measurement of one full page (60 users), reported in the test log. */
    private void logPageTime() {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            int size = cognito.listUsers(r -> r.userPoolId(poolId).limit(60)).users().size();
            long elapsed = System.nanoTime() - start;
            assertThat(size).isEqualTo(60);
            best = Math.min(best, elapsed);
        }
        LOG.infof("ListUsers page of 60 users: best of 10 = %.1f ms", best / 1e6);
        long baseline = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            cognito.describeUserPool(r -> r.userPoolId(poolId));
            baseline = Math.min(baseline, System.nanoTime() - start);
        }
        LOG.infof(
                "DescribeUserPool on the same setup (baseline): best of 10 = %.1f ms",
                baseline / 1e6);
    }

    private List<String> names(String filter) {
        return cognito.listUsers(r -> r.userPoolId(poolId).filter(filter)).users().stream()
                .map(UserType::username)
                .toList();
    }

    private String create(String username, String givenName, String email) {
        cognito.adminCreateUser(
                r ->
                        r.userPoolId(poolId)
                                .username(username)
                                .userAttributes(attr("given_name", givenName), attr("email", email))
                                .messageAction(MessageActionType.SUPPRESS));
        return username.equals("Carl")
                ? cognito.adminGetUser(r -> r.userPoolId(poolId).username(username))
                        .userAttributes()
                        .get(0)
                        .value()
                : username;
    }
}
