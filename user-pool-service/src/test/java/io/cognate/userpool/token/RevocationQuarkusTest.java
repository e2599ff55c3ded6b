package io.cognate.userpool.token;

import static io.cognate.userpool.testing.SelfService.attr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.userpool.appclient.AppClients;
import io.cognate.userpool.user.Users;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnauthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedOperationException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnsupportedTokenTypeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

/**
 * GetUser, RevokeToken, GlobalSignOut and AdminUserGlobalSignOut: a revoked or signed-out access
 * token is refused afterwards (SECURITY-CASES 17).
 */
@QuarkusTest
class RevocationQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    @Inject TokenIssuer issuer;
    @Inject AppClients clients;
    @Inject Users users;
    @Inject Pool pg;

    private TokenFixture fx;
    private String poolId;
    private String clientId;
    private String sub;

    @BeforeEach
    void connect() {
        fx = new TokenFixture(endpoint, issuer, clients, users);
        poolId = fx.pool("revocation");
        clientId = fx.client(poolId);
        sub = fx.user(poolId, "sam", attr("email", "sam@example.com"), attr("name", "Sam"));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void getUserWhenTokenValidThenUsernameAndReadableAttributesWithSub() {
        AuthenticationResultType tokens = fx.signIn(poolId, clientId, "sam");
        String limited = fx.client(poolId, r -> r.readAttributes("email"));
        AuthenticationResultType limitedTokens = fx.signIn(poolId, limited, "sam");

        var user = fx.app.getUser(r -> r.accessToken(tokens.accessToken()));
        var limitedUser = fx.app.getUser(r -> r.accessToken(limitedTokens.accessToken()));

        assertThat(user.username()).isEqualTo("sam");
        assertThat(user.userAttributes())
                .extracting(AttributeType::name, AttributeType::value)
                .startsWith(org.assertj.core.groups.Tuple.tuple("sub", sub))
                .contains(
                        org.assertj.core.groups.Tuple.tuple("email", "sam@example.com"),
                        org.assertj.core.groups.Tuple.tuple("name", "Sam"));
        assertThat(user.mfaOptions()).isEmpty();
        assertThat(user.preferredMfaSetting()).isNull();
        assertThat(limitedUser.userAttributes())
                .extracting(AttributeType::name)
                .containsExactly("sub", "email");
    }

    @Test
    void getUserWhenUserDisabledOrDeletedThenRefused() {
        AuthenticationResultType tokens = fx.signIn(poolId, clientId, "sam");
        fx.admin.adminDisableUser(r -> r.userPoolId(poolId).username("sam"));
        assertThatThrownBy(() -> fx.app.getUser(r -> r.accessToken(tokens.accessToken())))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("User is disabled.");

        fx.admin.adminDeleteUser(r -> r.userPoolId(poolId).username("sam"));
        assertThatThrownBy(() -> fx.app.getUser(r -> r.accessToken(tokens.accessToken())))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void revokeTokenWhenRefreshTokenRevokedThenItsLineageRefusedAndOtherSessionsNot() {
        AuthenticationResultType revoked = fx.signIn(poolId, clientId, "sam");
        AuthenticationResultType other = fx.signIn(poolId, clientId, "sam");

        fx.app.revokeToken(r -> r.clientId(clientId).token(revoked.refreshToken()));
        fx.app.revokeToken(r -> r.clientId(clientId).token(revoked.refreshToken()));

        assertRevoked(revoked.accessToken());
        assertThatThrownBy(
                        () ->
                                fx.app.getTokensFromRefreshToken(
                                        r ->
                                                r.clientId(clientId)
                                                        .refreshToken(revoked.refreshToken())))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Invalid Refresh Token");
        assertThat(fx.app.getUser(r -> r.accessToken(other.accessToken())).username())
                .isEqualTo("sam");
        assertThat(events("TokenRevoked")).singleElement().asString().contains("REVOKE_TOKEN");
    }

    @Test
    void revokeTokenWhenNotARefreshTokenOrNotAllowedThenCognitosErrors() {
        AuthenticationResultType tokens = fx.signIn(poolId, clientId, "sam");
        String noRevocation = fx.client(poolId, r -> r.enableTokenRevocation(false));
        var confidential =
                fx.admin
                        .createUserPoolClient(
                                r -> r.userPoolId(poolId).clientName("c").generateSecret(true))
                        .userPoolClient();
        AuthenticationResultType confidentialTokens =
                fx.signIn(poolId, confidential.clientId(), "sam");

        assertThatThrownBy(
                        () ->
                                fx.app.revokeToken(
                                        r -> r.clientId(clientId).token(tokens.accessToken())))
                .isInstanceOf(UnsupportedTokenTypeException.class);
        assertThatThrownBy(
                        () ->
                                fx.app.revokeToken(
                                        r -> r.clientId(noRevocation).token(tokens.refreshToken())))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(
                        () ->
                                fx.app.revokeToken(
                                        r ->
                                                r.clientId(confidential.clientId())
                                                        .clientSecret(
                                                                "wrongsecretwrongsecretwrong1")
                                                        .token(confidentialTokens.refreshToken())))
                .isInstanceOf(UnauthorizedException.class);
        String otherClient = fx.client(poolId);
        assertThatThrownBy(
                        () ->
                                fx.app.revokeToken(
                                        r -> r.clientId(otherClient).token(tokens.refreshToken())))
                .isInstanceOf(UnauthorizedException.class);
        assertThat(fx.app.getUser(r -> r.accessToken(tokens.accessToken())).username())
                .isEqualTo("sam");
        fx.app.revokeToken(r -> r.clientId(clientId).token("eyJ.unknown.refresh.token.x"));
        fx.app.revokeToken(
                r ->
                        r.clientId(confidential.clientId())
                                .clientSecret(confidential.clientSecret())
                                .token(confidentialTokens.refreshToken()));
        assertRevoked(confidentialTokens.accessToken());
    }

    @Test
    void globalSignOutWhenCalledThenEverySessionOfTheUserRefusedAndNewSignInsWork() {
        AuthenticationResultType first = fx.signIn(poolId, clientId, "sam");
        String noRevocation = fx.client(poolId, r -> r.enableTokenRevocation(false));
        AuthenticationResultType unlinked = fx.signIn(poolId, noRevocation, "sam");

        fx.app.globalSignOut(r -> r.accessToken(first.accessToken()));

        assertRevoked(first.accessToken());
        assertRevoked(unlinked.accessToken());
        assertThatThrownBy(() -> fx.app.globalSignOut(r -> r.accessToken(first.accessToken())))
                .isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(
                        () ->
                                fx.app.getTokensFromRefreshToken(
                                        r ->
                                                r.clientId(clientId)
                                                        .refreshToken(first.refreshToken())))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Invalid Refresh Token");
        AuthenticationResultType again = fx.signIn(poolId, clientId, "sam");
        assertThat(fx.app.getUser(r -> r.accessToken(again.accessToken())).username())
                .isEqualTo("sam");
        assertThat(events("SignedOut")).singleElement().asString().contains("\"USER\"");
    }

    @Test
    void adminUserGlobalSignOutWhenCalledThenTokensRefusedAndUnknownUsersAndPoolsReported() {
        AuthenticationResultType tokens = fx.signIn(poolId, clientId, "sam");

        fx.admin.adminUserGlobalSignOut(r -> r.userPoolId(poolId).username("sam"));

        assertRevoked(tokens.accessToken());
        assertThat(events("SignedOut")).singleElement().asString().contains("\"ADMIN\"");
        assertThatThrownBy(
                        () ->
                                fx.admin.adminUserGlobalSignOut(
                                        r -> r.userPoolId(poolId).username("nobody")))
                .isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(
                        () ->
                                fx.admin.adminUserGlobalSignOut(
                                        r -> r.userPoolId("us-east-1_Nope12345").username("sam")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(
                        () ->
                                fx.app.adminUserGlobalSignOut(
                                        r -> r.userPoolId(poolId).username("sam")))
                .isInstanceOf(
                        software.amazon.awssdk.services.cognitoidentityprovider.model
                                .CognitoIdentityProviderException.class);
    }

    private void assertRevoked(String accessToken) {
        assertThatThrownBy(() -> fx.app.getUser(r -> r.accessToken(accessToken)))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Access Token has been revoked");
    }

    private List<String> events(String type) {
        List<String> payloads = new ArrayList<>();
        pg.preparedQuery(
                        "SELECT payload::text FROM user_pool.outbox WHERE message_key = $1"
                                + " AND payload->>'type' = $2 ORDER BY seq")
                .execute(Tuple.of(sub, "cognate.userpool.signin." + type))
                .await()
                .indefinitely()
                .forEach(row -> payloads.add(row.getString(0)));
        return payloads;
    }
}
