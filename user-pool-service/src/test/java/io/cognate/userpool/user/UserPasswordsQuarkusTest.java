package io.cognate.userpool.user;

import static io.cognate.userpool.user.AdminUsersQuarkusTest.attr;
import static io.cognate.userpool.user.AdminUsersQuarkusTest.attributes;
import static io.cognate.userpool.user.AdminUsersQuarkusTest.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.events.userpool.CodeDeliveryRequested;
import io.cognate.contracts.events.userpool.PasswordChanged;
import io.cognate.contracts.events.userpool.PasswordResetRequested;
import io.cognate.userpool.password.PasswordHasher;
import io.cognate.userpool.testing.CognitoClients;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

/** AdminSetUserPassword and AdminResetUserPassword, and the hashes and codes they store. */
@QuarkusTest
class UserPasswordsQuarkusTest {

    private static final String PREFIX = "Password did not conform with policy: ";

    @TestHTTPResource("/")
    URI endpoint;

    @Inject Pool pg;
    @Inject PasswordHasher hasher;
    @Inject UserCodes codes;

    private CognitoIdentityProviderClient cognito;
    private StoredRows stored;
    private String poolId;

    @BeforeEach
    void connect() {
        cognito = CognitoClients.root(endpoint);
        stored = new StoredRows(pg);
        poolId = cognito.createUserPool(r -> r.poolName("passwords")).userPool().id();
    }

    @AfterEach
    void close() {
        cognito.close();
    }

    @Test
    void setPasswordWhenPermanentThenConfirmedWithArgon2idHashNeverThePassword() {
        String sub = create("mona");

        cognito.adminSetUserPassword(
                r -> r.userPoolId(poolId).username("mona").password("Perm#Pass1").permanent(true));

        assertThat(status("mona")).isEqualTo(UserStatusType.CONFIRMED);
        String hash = stored.passwordHash(poolId, sub);
        assertThat(hash).startsWith("$argon2id$v=19$m=1024,t=1,p=1$").doesNotContain("Perm#Pass1");
        assertThat(hasher.verify("Perm#Pass1", hash).await().indefinitely()).isTrue();
        assertThat(hasher.verify("Perm#Pass2", hash).await().indefinitely()).isFalse();
        assertThat(stored.events(sub, PasswordChanged.class))
                .singleElement()
                .satisfies(
                        e -> {
                            assertThat(e.permanent()).isTrue();
                            assertThat(e.changedBy()).isEqualTo("ADMIN");
                        });
    }

    @Test
    void setPasswordWhenNotPermanentThenForceChangePassword() {
        create("nina");
        cognito.adminSetUserPassword(
                r -> r.userPoolId(poolId).username("nina").password("Perm#Pass1").permanent(true));

        cognito.adminSetUserPassword(
                r -> r.userPoolId(poolId).username("nina").password("Temp#Pass2").permanent(false));

        assertThat(status("nina")).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
    }

    @Test
    void setPasswordWhenPolicyBrokenThenCognitosMessageForEachRule() {
        create("otto");

        assertRefused("Sh0rt!", "Password not long enough");
        assertRefused("nouppercase1!", "Password must have uppercase characters");
        assertRefused("NOLOWERCASE1!", "Password must have lowercase characters");
        assertRefused("NoNumbers!!", "Password must have numeric characters");
        assertRefused("NoSymbols123", "Password must have symbol characters");
        assertThat(status("otto")).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
    }

    @Test
    void setPasswordWhenOverTheModelMaximumThenRefusedNotTruncated() {
        create("paul");
        String tooLong = "Aa1!" + "x".repeat(253);

        assertThatThrownBy(
                        () ->
                                cognito.adminSetUserPassword(
                                        r ->
                                                r.userPoolId(poolId)
                                                        .username("paul")
                                                        .password(tooLong)
                                                        .permanent(true)))
                .isInstanceOf(InvalidParameterException.class);
        String longest = "Aa1!" + "x".repeat(252);
        cognito.adminSetUserPassword(
                r -> r.userPoolId(poolId).username("paul").password(longest).permanent(true));
        assertThat(status("paul")).isEqualTo(UserStatusType.CONFIRMED);
    }

    @Test
    void resetWhenVerifiedEmailThenResetRequiredAndASingleUseHashedCodeIsDelivered() {
        String sub =
                create("quinn", attr("email", "quinn@example.com"), attr("email_verified", "true"));
        cognito.adminSetUserPassword(
                r -> r.userPoolId(poolId).username("quinn").password("Perm#Pass1").permanent(true));

        cognito.adminResetUserPassword(r -> r.userPoolId(poolId).username("quinn"));

        assertThat(status("quinn")).isEqualTo(UserStatusType.RESET_REQUIRED);
        assertThat(stored.events(sub, PasswordResetRequested.class))
                .singleElement()
                .satisfies(e -> assertThat(e.requestedBy()).isEqualTo("ADMIN"));
        CodeDeliveryRequested delivery = stored.events(sub, CodeDeliveryRequested.class).get(0);
        assertThat(delivery.purpose()).isEqualTo("FORGOT_PASSWORD");
        assertThat(delivery.destination()).isEqualTo("quinn@example.com");
        String code = delivery.code();
        assertThat(code).matches("[0-9]{6}");
        assertThat(delivery.message()).isEqualTo("Your password reset code is " + code + ".");
        assertThat(stored.codeHash(poolId, sub, "FORGOT_PASSWORD"))
                .startsWith("$argon2id$")
                .doesNotContain(code);
        String wrong = code.equals("000000") ? "111111" : "000000";

        assertThat(redeem(sub, wrong)).isEqualTo(UserCodes.Redemption.MISMATCH);
        assertThat(redeem(sub, code)).isEqualTo(UserCodes.Redemption.ACCEPTED);
        assertThat(redeem(sub, code)).isEqualTo(UserCodes.Redemption.NONE);
    }

    @Test
    void resetWhenNoVerifiedContactThenResetRequiredWithoutDelivery() {
        String sub = create("rita", attr("email", "rita@example.com"));
        cognito.adminSetUserPassword(
                r -> r.userPoolId(poolId).username("rita").password("Perm#Pass1").permanent(true));

        cognito.adminResetUserPassword(r -> r.userPoolId(poolId).username("rita"));

        assertThat(status("rita")).isEqualTo(UserStatusType.RESET_REQUIRED);
        assertThat(stored.events(sub, CodeDeliveryRequested.class)).isEmpty();
    }

    @Test
    void resetWhenUserMustStillChangeTemporaryPasswordThenNotAuthorized() {
        create("sam", attr("email", "sam@example.com"), attr("email_verified", "true"));

        assertThatThrownBy(
                        () ->
                                cognito.adminResetUserPassword(
                                        r -> r.userPoolId(poolId).username("sam")))
                .isInstanceOf(NotAuthorizedException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .isEqualTo(
                                                "User password cannot be reset in the current"
                                                        + " state."));
    }

    @Test
    void verifyDummyWhenCalledThenFalseWithoutAStoredHash() {
        assertThat(hasher.verifyDummy("anything").await().indefinitely()).isFalse();
    }

    private UserCodes.Redemption redeem(String sub, String code) {
        try {
            return VertxContextSupport.subscribeAndAwait(
                    () ->
                            Panache.withTransaction(
                                    () ->
                                            codes.redeem(
                                                    poolId,
                                                    UUID.fromString(sub),
                                                    "FORGOT_PASSWORD",
                                                    code,
                                                    Instant.now())));
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    private void assertRefused(String password, String rule) {
        assertThatThrownBy(
                        () ->
                                cognito.adminSetUserPassword(
                                        r ->
                                                r.userPoolId(poolId)
                                                        .username("otto")
                                                        .password(password)
                                                        .permanent(true)))
                .isInstanceOf(InvalidPasswordException.class)
                .satisfies(e -> assertThat(message(e)).isEqualTo(PREFIX + rule));
    }

    private UserStatusType status(String username) {
        return cognito.adminGetUser(r -> r.userPoolId(poolId).username(username)).userStatus();
    }

    private String create(String username, AttributeType... attributes) {
        return attributes(
                        cognito.adminCreateUser(
                                        r ->
                                                r.userPoolId(poolId)
                                                        .username(username)
                                                        .userAttributes(attributes)
                                                        .messageAction(MessageActionType.SUPPRESS))
                                .user())
                .get("sub");
    }
}
