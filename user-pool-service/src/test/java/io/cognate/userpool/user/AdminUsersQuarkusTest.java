package io.cognate.userpool.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.events.userpool.CodeDeliveryRequested;
import io.cognate.contracts.events.userpool.UserAttributesUpdated;
import io.cognate.contracts.events.userpool.UserConfirmed;
import io.cognate.contracts.events.userpool.UserCreatedByAdmin;
import io.cognate.contracts.events.userpool.UserDeleted;
import io.cognate.contracts.events.userpool.UserDisabled;
import io.cognate.contracts.events.userpool.UserEnabled;
import io.cognate.userpool.testing.CognitoClients;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedUserStateException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

/** AdminCreateUser … AdminDeleteUser through the real AWS SDK for Java v2. */
@QuarkusTest
class AdminUsersQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    @Inject Pool pg;

    private CognitoIdentityProviderClient cognito;
    private StoredRows stored;
    private String poolId;

    @BeforeEach
    void connect() {
        cognito = CognitoClients.root(endpoint);
        stored = new StoredRows(pg);
        poolId = cognito.createUserPool(r -> r.poolName("admin-users")).userPool().id();
    }

    @AfterEach
    void close() {
        cognito.close();
    }

    @Test
    void createWhenNoPasswordGivenThenForceChangePasswordUserWithSubAndArgon2idHash() {
        UserType user =
                cognito.adminCreateUser(
                                r ->
                                        r.userPoolId(poolId)
                                                .username("Alice")
                                                .userAttributes(attr("name", "Alice Liddell"))
                                                .messageAction(MessageActionType.SUPPRESS))
                        .user();

        assertThat(user.username()).isEqualTo("Alice");
        assertThat(user.userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
        assertThat(user.enabled()).isTrue();
        assertThat(user.userCreateDate()).isNotNull().isEqualTo(user.userLastModifiedDate());
        assertThat(user.attributes().get(0).name()).isEqualTo("sub");
        String sub = user.attributes().get(0).value();
        assertThat(UUID.fromString(sub).toString()).isEqualTo(sub);
        assertThat(attributes(user)).containsEntry("name", "Alice Liddell");
        assertThat(stored.passwordHash(poolId, sub)).startsWith("$argon2id$v=19$");
        assertThat(stored.events(sub, UserCreatedByAdmin.class)).hasSize(1);
        assertThat(stored.events(sub, CodeDeliveryRequested.class)).isEmpty();
    }

    @Test
    void getWhenUsernameInAnotherCaseThenTheSameUserAsCreated() {
        create("Alice");

        AdminGetUserResponse got =
                cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice"));

        assertThat(got.username()).isEqualTo("Alice");
        assertThat(got.userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
        assertThat(got.userAttributes()).extracting(AttributeType::name).startsWith("sub");
        String sub = got.userAttributes().get(0).value();
        assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username(sub)).username())
                .isEqualTo("Alice");
    }

    @Test
    void createWhenUsernameTakenInAnotherCaseThenUsernameExists() {
        create("Alice");

        assertThatThrownBy(() -> create("ALICE"))
                .isInstanceOf(UsernameExistsException.class)
                .satisfies(e -> assertThat(message(e)).isEqualTo("User account already exists"));
    }

    @Test
    void createWhenPoolIsCaseSensitiveThenUsernamesDifferingInCaseAreDistinct() {
        poolId =
                cognito.createUserPool(
                                r ->
                                        r.poolName("case-sensitive")
                                                .usernameConfiguration(c -> c.caseSensitive(true)))
                        .userPool()
                        .id();
        create("Alice");
        create("alice");

        assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("alice")).username())
                .isEqualTo("alice");
        assertThatThrownBy(() -> cognito.adminGetUser(r -> r.userPoolId(poolId).username("ALICE")))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void createWhenTemporaryPasswordBreaksPolicyThenInvalidPasswordWithCognitoMessage() {
        assertThatThrownBy(
                        () ->
                                cognito.adminCreateUser(
                                        r ->
                                                r.userPoolId(poolId)
                                                        .username("weak")
                                                        .temporaryPassword("password1!")
                                                        .messageAction(MessageActionType.SUPPRESS)))
                .isInstanceOf(
                        software.amazon.awssdk.services.cognitoidentityprovider.model
                                .InvalidPasswordException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .isEqualTo(
                                                "Password did not conform with policy: Password"
                                                        + " must have uppercase characters"));
    }

    @Test
    void createWhenInvitedByEmailThenDeliveryEventCarriesTemporaryPasswordInDefaultText() {
        UserType user =
                cognito.adminCreateUser(
                                r ->
                                        r.userPoolId(poolId)
                                                .username("bob")
                                                .temporaryPassword("Temp#Pass1")
                                                .userAttributes(attr("email", "bob@example.com"))
                                                .desiredDeliveryMediums(DeliveryMediumType.EMAIL))
                        .user();
        String sub = attributes(user).get("sub");

        assertThat(stored.events(sub, CodeDeliveryRequested.class))
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.purpose()).isEqualTo("ADMIN_CREATE_USER");
                            assertThat(d.deliveryMedium()).isEqualTo("EMAIL");
                            assertThat(d.destination()).isEqualTo("bob@example.com");
                            assertThat(d.code()).isEqualTo("Temp#Pass1");
                            assertThat(d.subject()).isEqualTo("Your temporary password");
                            assertThat(d.message())
                                    .isEqualTo(
                                            "Your username is bob and temporary password is"
                                                    + " Temp#Pass1.");
                        });
        assertThat(stored.passwordHash(poolId, sub)).doesNotContain("Temp#Pass1");
    }

    @Test
    void createWhenPoolHasInviteTemplateThenSmsUsesIt() {
        poolId =
                cognito.createUserPool(
                                r ->
                                        r.poolName("templated")
                                                .adminCreateUserConfig(
                                                        c ->
                                                                c.inviteMessageTemplate(
                                                                        t ->
                                                                                t.smsMessage(
                                                                                        "Hi {username}, use {####}"))))
                        .userPool()
                        .id();
        UserType user =
                cognito.adminCreateUser(
                                r ->
                                        r.userPoolId(poolId)
                                                .username("carol")
                                                .temporaryPassword("Temp#Pass1")
                                                .userAttributes(
                                                        attr("phone_number", "+15555550100")))
                        .user();

        assertThat(stored.events(attributes(user).get("sub"), CodeDeliveryRequested.class))
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.deliveryMedium()).isEqualTo("SMS");
                            assertThat(d.destination()).isEqualTo("+15555550100");
                            assertThat(d.message()).isEqualTo("Hi carol, use Temp#Pass1");
                        });
    }

    @Test
    void createWhenMediumHasNoDestinationOrAttributeUnknownThenInvalidParameter() {
        assertThatThrownBy(
                        () ->
                                cognito.adminCreateUser(
                                        r ->
                                                r.userPoolId(poolId)
                                                        .username("nomail")
                                                        .desiredDeliveryMediums(
                                                                DeliveryMediumType.EMAIL)))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(
                        () ->
                                cognito.adminCreateUser(
                                        r ->
                                                r.userPoolId(poolId)
                                                        .username("odd")
                                                        .userAttributes(attr("custom:nope", "x"))
                                                        .messageAction(MessageActionType.SUPPRESS)))
                .isInstanceOf(InvalidParameterException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .isEqualTo(
                                                "Attributes did not conform to the schema:"
                                                        + " custom:nope: Attribute does not exist"
                                                        + " in the schema."));
        assertThat(stored.users(poolId)).isZero();
    }

    @Test
    void createWhenResendThenNewInvitationOnlyForUsersWhoMustStillChangeTheirPassword() {
        String sub = create("dave", attr("email", "dave@example.com"));
        String firstHash = stored.passwordHash(poolId, sub);

        cognito.adminCreateUser(
                r ->
                        r.userPoolId(poolId)
                                .username("DAVE")
                                .messageAction(MessageActionType.RESEND)
                                .desiredDeliveryMediums(DeliveryMediumType.EMAIL));

        assertThat(stored.events(sub, CodeDeliveryRequested.class)).hasSize(1);
        assertThat(stored.passwordHash(poolId, sub)).isNotEqualTo(firstHash);
        assertThatThrownBy(
                        () ->
                                cognito.adminCreateUser(
                                        r ->
                                                r.userPoolId(poolId)
                                                        .username("nobody")
                                                        .messageAction(MessageActionType.RESEND)))
                .isInstanceOf(UserNotFoundException.class);
        cognito.adminSetUserPassword(
                r -> r.userPoolId(poolId).username("dave").password("Perm#Pass1").permanent(true));
        assertThatThrownBy(
                        () ->
                                cognito.adminCreateUser(
                                        r ->
                                                r.userPoolId(poolId)
                                                        .username("dave")
                                                        .messageAction(MessageActionType.RESEND)))
                .isInstanceOf(UnsupportedUserStateException.class);
    }

    @Test
    void getWhenUserOrPoolUnknownThenCognitoNotFoundErrors() {
        assertThatThrownBy(() -> cognito.adminGetUser(r -> r.userPoolId(poolId).username("ghost")))
                .isInstanceOf(UserNotFoundException.class)
                .satisfies(e -> assertThat(message(e)).isEqualTo("User does not exist."));
        assertThatThrownBy(
                        () ->
                                cognito.adminGetUser(
                                        r -> r.userPoolId("us-east-1_Nope12345").username("x")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void updateAttributesWhenEmailChangesThenItBecomesUnverifiedAndEventNamesOnly() {
        String sub =
                create("erin", attr("email", "erin@example.com"), attr("email_verified", "true"));

        cognito.adminUpdateUserAttributes(
                r ->
                        r.userPoolId(poolId)
                                .username("erin")
                                .userAttributes(
                                        attr("email", "erin@new.example.com"),
                                        attr("given_name", "Erin")));

        Map<String, String> attributes = get("erin");
        assertThat(attributes)
                .containsEntry("email", "erin@new.example.com")
                .containsEntry("email_verified", "false")
                .containsEntry("given_name", "Erin");
        assertThat(stored.events(sub, UserAttributesUpdated.class))
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.updatedAttributes())
                                    .containsExactly("email", "email_verified", "given_name");
                            assertThat(e.deletedAttributes()).isEmpty();
                        });
        assertThatThrownBy(
                        () ->
                                cognito.adminUpdateUserAttributes(
                                        r ->
                                                r.userPoolId(poolId)
                                                        .username("erin")
                                                        .userAttributes(attr("sub", "x"))))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void deleteAttributesWhenOptionalThenRemovedAndWhenRequiredThenRefused() {
        poolId =
                cognito.createUserPool(
                                r ->
                                        r.poolName("required-email")
                                                .schema(s -> s.name("email").required(true)))
                        .userPool()
                        .id();
        create("frank", attr("email", "frank@example.com"), attr("nickname", "frankie"));

        cognito.adminDeleteUserAttributes(
                r -> r.userPoolId(poolId).username("frank").userAttributeNames("nickname"));

        assertThat(get("frank")).doesNotContainKey("nickname").containsKey("email");
        assertThatThrownBy(
                        () ->
                                cognito.adminDeleteUserAttributes(
                                        r ->
                                                r.userPoolId(poolId)
                                                        .username("frank")
                                                        .userAttributeNames("email")))
                .isInstanceOf(InvalidParameterException.class)
                .satisfies(
                        e -> assertThat(message(e)).contains("email: The attribute is required"));
        assertThatThrownBy(() -> create("gina"))
                .isInstanceOf(InvalidParameterException.class)
                .satisfies(
                        e -> assertThat(message(e)).contains("email: The attribute is required"));
    }

    @Test
    void disableThenEnableWhenCalledTwiceThenStateFollowsAndEventsOnlyOnChange() {
        String sub = create("hank");

        cognito.adminDisableUser(r -> r.userPoolId(poolId).username("hank"));
        cognito.adminDisableUser(r -> r.userPoolId(poolId).username("hank"));
        assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("hank")).enabled())
                .isFalse();
        cognito.adminEnableUser(r -> r.userPoolId(poolId).username("hank"));

        assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("hank")).enabled())
                .isTrue();
        assertThat(stored.events(sub, UserDisabled.class)).hasSize(1);
        assertThat(stored.events(sub, UserEnabled.class)).hasSize(1);
    }

    @Test
    void confirmSignUpWhenUnconfirmedThenConfirmedAndOtherwiseNotAuthorized() {
        String sub = create("ivy");
        assertThatThrownBy(
                        () -> cognito.adminConfirmSignUp(r -> r.userPoolId(poolId).username("ivy")))
                .isInstanceOf(NotAuthorizedException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .isEqualTo(
                                                "User cannot be confirmed. Current status is"
                                                        + " FORCE_CHANGE_PASSWORD"));
        stored.setStatus(poolId, sub, "UNCONFIRMED"); // as SignUp leaves a user

        cognito.adminConfirmSignUp(r -> r.userPoolId(poolId).username("ivy"));

        assertThat(cognito.adminGetUser(r -> r.userPoolId(poolId).username("ivy")).userStatus())
                .isEqualTo(UserStatusType.CONFIRMED);
        assertThat(stored.events(sub, UserConfirmed.class))
                .singleElement()
                .satisfies(e -> assertThat(e.confirmedBy()).isEqualTo("ADMIN"));
    }

    @Test
    void deleteUserWhenExistingThenGoneAndUserDeletedPublished() {
        String sub = create("jack");

        cognito.adminDeleteUser(r -> r.userPoolId(poolId).username("JACK"));

        assertThatThrownBy(() -> cognito.adminGetUser(r -> r.userPoolId(poolId).username("jack")))
                .isInstanceOf(UserNotFoundException.class);
        assertThat(stored.events(sub, UserDeleted.class)).hasSize(1);
        assertThatThrownBy(
                        () -> cognito.adminDeleteUser(r -> r.userPoolId(poolId).username("jack")))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void deletePoolWhenItHasUsersThenItsUsersAreDeletedWithIt() {
        create("kate");
        create("liam");
        assertThat(stored.users(poolId)).isEqualTo(2);

        cognito.deleteUserPool(r -> r.userPoolId(poolId));

        assertThat(stored.users(poolId)).isZero();
    }

    private String create(String username, AttributeType... attributes) {
        UserType user =
                cognito.adminCreateUser(
                                r ->
                                        r.userPoolId(poolId)
                                                .username(username)
                                                .userAttributes(attributes)
                                                .messageAction(MessageActionType.SUPPRESS))
                        .user();
        return attributes(user).get("sub");
    }

    private Map<String, String> get(String username) {
        return cognito
                .adminGetUser(r -> r.userPoolId(poolId).username(username))
                .userAttributes()
                .stream()
                .collect(Collectors.toMap(AttributeType::name, AttributeType::value));
    }

    static Map<String, String> attributes(UserType user) {
        return user.attributes().stream()
                .collect(Collectors.toMap(AttributeType::name, AttributeType::value));
    }

    static AttributeType attr(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }

    static String message(Throwable e) {
        return ((AwsServiceException) e).awsErrorDetails().errorMessage();
    }
}
