package io.cognate.userpool.user;

import static io.cognate.userpool.user.AdminUsersQuarkusTest.attr;
import static io.cognate.userpool.user.AdminUsersQuarkusTest.attributes;
import static io.cognate.userpool.user.AdminUsersQuarkusTest.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.userpool.testing.CognitoClients;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

/** Email/phone as username (UsernameAttributes) and aliases (AliasAttributes). */
@QuarkusTest
class SignInNamesQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    private CognitoIdentityProviderClient cognito;

    @BeforeEach
    void connect() {
        cognito = CognitoClients.root(endpoint);
    }

    @AfterEach
    void close() {
        cognito.close();
    }

    @Test
    void createWhenEmailIsTheUsernameThenUsernameIsTheSubAndEmailSignsIn() {
        String poolId =
                cognito.createUserPool(
                                r ->
                                        r.poolName("email-username")
                                                .usernameAttributes(UsernameAttributeType.EMAIL))
                        .userPool()
                        .id();

        UserType user = create(poolId, "Carol@Example.com");

        Map<String, String> attributes = attributes(user);
        assertThat(user.username()).isEqualTo(attributes.get("sub"));
        assertThat(attributes).containsEntry("email", "Carol@Example.com");
        assertThat(get(poolId, "carol@example.com").username()).isEqualTo(user.username());
        assertThat(get(poolId, user.username()).username()).isEqualTo(user.username());
        assertThatThrownBy(() -> create(poolId, "CAROL@example.com"))
                .isInstanceOf(UsernameExistsException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .isEqualTo(
                                                "An account with the given email already exists."));
        assertThatThrownBy(() -> create(poolId, "carol"))
                .isInstanceOf(InvalidParameterException.class)
                .satisfies(e -> assertThat(message(e)).isEqualTo("Username should be an email."));
    }

    @Test
    void updateWhenEmailUsernameChangesThenTheNewEmailSignsInAndTheOldOneNoLonger() {
        String poolId =
                cognito.createUserPool(
                                r ->
                                        r.poolName("email-username-change")
                                                .usernameAttributes(UsernameAttributeType.EMAIL))
                        .userPool()
                        .id();
        UserType user = create(poolId, "old@example.com");

        cognito.adminUpdateUserAttributes(
                r ->
                        r.userPoolId(poolId)
                                .username("old@example.com")
                                .userAttributes(attr("email", "new@example.com")));

        assertThat(get(poolId, "new@example.com").username()).isEqualTo(user.username());
        assertThatThrownBy(() -> get(poolId, "old@example.com"))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void aliasWhenVerifiedEmailTakenThenAliasExistsUnlessForcedWhichMovesIt() {
        String poolId =
                cognito.createUserPool(
                                r ->
                                        r.poolName("email-alias")
                                                .aliasAttributes(AliasAttributeType.EMAIL))
                        .userPool()
                        .id();
        create(poolId, "dave", attr("email", "dave@example.com"), attr("email_verified", "true"));
        assertThat(get(poolId, "DAVE@example.com").username()).isEqualTo("dave");

        assertThatThrownBy(
                        () ->
                                create(
                                        poolId,
                                        "erin",
                                        attr("email", "dave@example.com"),
                                        attr("email_verified", "true")))
                .isInstanceOf(AliasExistsException.class);
        cognito.adminCreateUser(
                r ->
                        r.userPoolId(poolId)
                                .username("erin")
                                .userAttributes(
                                        attr("email", "dave@example.com"),
                                        attr("email_verified", "true"))
                                .forceAliasCreation(true)
                                .messageAction(MessageActionType.SUPPRESS));

        assertThat(get(poolId, "dave@example.com").username()).isEqualTo("erin");
        assertThat(attributesOf(poolId, "dave")).containsEntry("email_verified", "false");
        assertThatThrownBy(() -> create(poolId, "frank@example.com"))
                .isInstanceOf(InvalidParameterException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .isEqualTo(
                                                "Username cannot be of email format, since user"
                                                        + " pool is configured for email alias."));
    }

    @Test
    void aliasWhenEmailUnverifiedThenItDoesNotSignIn() {
        String poolId =
                cognito.createUserPool(
                                r ->
                                        r.poolName("unverified-alias")
                                                .aliasAttributes(AliasAttributeType.EMAIL))
                        .userPool()
                        .id();
        create(poolId, "gina", attr("email", "gina@example.com"));

        assertThatThrownBy(() -> get(poolId, "gina@example.com"))
                .isInstanceOf(UserNotFoundException.class);
    }

    private UserType create(String poolId, String username, AttributeType... attributes) {
        return cognito.adminCreateUser(
                        r ->
                                r.userPoolId(poolId)
                                        .username(username)
                                        .userAttributes(attributes)
                                        .messageAction(MessageActionType.SUPPRESS))
                .user();
    }

    private software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse get(
            String poolId, String username) {
        return cognito.adminGetUser(r -> r.userPoolId(poolId).username(username));
    }

    private Map<String, String> attributesOf(String poolId, String username) {
        return get(poolId, username).userAttributes().stream()
                .collect(Collectors.toMap(AttributeType::name, AttributeType::value));
    }
}
