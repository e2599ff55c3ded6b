package io.cognate.userpool.self;

import static io.cognate.userpool.testing.SelfService.attr;
import static io.cognate.userpool.testing.SelfService.freshEmail;
import static io.cognate.userpool.testing.SelfService.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.userpool.token.jwt.JwsSigner;
import io.cognate.userpool.token.keys.SigningKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

/**
 * Every self-service operation of this slice refuses, before changing anything, an access token
 * that is forged, tampered with, expired, revoked by GlobalSignOut, without the user-admin scope,
 * not an access token, or whose user is disabled (SECURITY-CASES 5, 7, 17).
 */
@QuarkusTest
class AccessTokenRefusalQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    @Inject DataSource dataSource;
    @Inject SigningKeys keys;
    @Inject JwsSigner signer;

    private SelfServiceFixture fixture;
    private AccessTokenForgery forgery;
    private String email;

    @BeforeEach
    void setUp() {
        fixture = new SelfServiceFixture(endpoint, dataSource);
        forgery = new AccessTokenForgery(keys, signer);
        email = freshEmail("ivy");
        fixture.confirmedUserWithEmail("ivy", email);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    /** Each operation of the slice, called with the token and otherwise valid input. */
    private Map<String, Consumer<String>> operations() {
        CognitoIdentityProviderClient app = fixture.app;
        Map<String, Consumer<String>> calls = new LinkedHashMap<>();
        calls.put(
                "UpdateUserAttributes",
                t ->
                        app.updateUserAttributes(
                                r -> r.accessToken(t).userAttributes(attr("name", "Mallory"))));
        calls.put(
                "DeleteUserAttributes",
                t -> app.deleteUserAttributes(r -> r.accessToken(t).userAttributeNames("name")));
        calls.put("DeleteUser", t -> app.deleteUser(r -> r.accessToken(t)));
        calls.put(
                "ChangePassword",
                t ->
                        app.changePassword(
                                r ->
                                        r.accessToken(t)
                                                .previousPassword(SelfServiceFixture.PASSWORD)
                                                .proposedPassword("N3w#Passw0rd!")));
        calls.put(
                "GetUserAttributeVerificationCode",
                t ->
                        app.getUserAttributeVerificationCode(
                                r -> r.accessToken(t).attributeName("email")));
        calls.put(
                "VerifyUserAttribute",
                t ->
                        app.verifyUserAttribute(
                                r -> r.accessToken(t).attributeName("email").code("123456")));
        return calls;
    }

    private void assertEveryOperationRefuses(String token, String expectedMessage) {
        operations()
                .forEach(
                        (name, call) ->
                                assertThatThrownBy(() -> call.accept(token))
                                        .as(name)
                                        .isInstanceOf(NotAuthorizedException.class)
                                        .satisfies(
                                                e ->
                                                        assertThat(message(e))
                                                                .as(name)
                                                                .isEqualTo(expectedMessage)));
        assertUnchanged();
    }

    private void assertUnchanged() {
        Map<String, String> attributes = fixture.attributes("ivy");
        assertThat(attributes).doesNotContainKey("name").containsEntry("email", email);
        assertThat(fixture.signIn("ivy", SelfServiceFixture.PASSWORD).accessToken()).isNotBlank();
    }

    @Test
    void callWhenTokenIsGarbageThenInvalidAccessToken() {
        assertEveryOperationRefuses("not.a.token", "Invalid Access Token");
        assertEveryOperationRefuses("garbage", "Invalid Access Token");
    }

    @Test
    void callWhenPayloadTamperedToNameAnotherUserThenInvalidAccessToken() {
        String victimSub = fixture.confirmedUser("victim", attr("name", "Victim"));
        String token = fixture.accessToken("ivy");

        assertEveryOperationRefuses(
                AccessTokenForgery.tampered(token, victimSub, "victim"), "Invalid Access Token");
        assertThat(fixture.attributes("victim")).containsEntry("name", "Victim");
    }

    @Test
    void callWhenSignedByAnotherKeyUnderThePoolsKidThenInvalidAccessToken() {
        String token = fixture.accessToken("ivy");

        assertEveryOperationRefuses(
                forgery.signedByStranger(fixture.poolId, token), "Invalid Access Token");
    }

    @Test
    void callWhenIdTokenInsteadOfAccessTokenThenInvalidAccessToken() {
        String idToken = fixture.signIn("ivy", SelfServiceFixture.PASSWORD).idToken();

        assertEveryOperationRefuses(idToken, "Invalid Access Token");
    }

    @Test
    void callWhenTokenExpiredThenAccessTokenHasExpired() {
        String token = fixture.accessToken("ivy");
        long past = Instant.now().getEpochSecond() - 3600;
        String expired =
                forgery.resigned(
                        fixture.poolId,
                        token,
                        claims -> {
                            claims.put("iat", past - 3600);
                            claims.put("exp", past);
                        });

        assertEveryOperationRefuses(expired, "Access Token has expired");
    }

    @Test
    void callWhenTokenLacksUserAdminScopeThenRequiredScopesMissing() {
        String token = fixture.accessToken("ivy");
        String oauthLike =
                forgery.resigned(
                        fixture.poolId, token, claims -> claims.put("scope", "openid email"));

        assertEveryOperationRefuses(oauthLike, "Access Token does not have required scopes");
    }

    @Test
    void callWhenUserSignedOutGloballyThenAccessTokenHasBeenRevoked() {
        String token = fixture.accessToken("ivy");
        fixture.app.globalSignOut(r -> r.accessToken(token));

        assertEveryOperationRefuses(token, "Access Token has been revoked");
    }

    @Test
    void callWhenUserDisabledThenUserIsDisabled() {
        String token = fixture.accessToken("ivy");
        fixture.admin.adminDisableUser(r -> r.userPoolId(fixture.poolId).username("ivy"));

        operations()
                .forEach(
                        (name, call) ->
                                assertThatThrownBy(() -> call.accept(token))
                                        .as(name)
                                        .isInstanceOf(NotAuthorizedException.class)
                                        .satisfies(
                                                e ->
                                                        assertThat(message(e))
                                                                .as(name)
                                                                .isEqualTo("User is disabled.")));
        fixture.admin.adminEnableUser(r -> r.userPoolId(fixture.poolId).username("ivy"));
        assertUnchanged();
    }

    @Test
    void callWhenAccessTokenMissingThenInvalidParameter() {
        assertThatThrownBy(() -> fixture.app.deleteUser(r -> {}))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(
                        () -> fixture.app.changePassword(r -> r.proposedPassword("N3w#Passw0rd!")))
                .isInstanceOf(InvalidParameterException.class);
        assertUnchanged();
    }
}
