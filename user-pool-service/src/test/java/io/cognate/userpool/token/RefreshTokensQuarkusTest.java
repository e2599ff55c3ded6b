package io.cognate.userpool.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import io.cognate.userpool.appclient.AppClients;
import io.cognate.userpool.user.Users;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetTokensFromRefreshTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;

/** REFRESH_TOKEN_AUTH through the port and GetTokensFromRefreshToken through the SDK. */
@QuarkusTest
class RefreshTokensQuarkusTest {

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
        poolId = fx.pool("refresh");
        clientId = fx.client(poolId);
        sub = fx.user(poolId, "rita");
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void refreshWhenValidThenNewTokensSameAuthTimeAndOriginNoNewRefreshToken() {
        Instant authTime = Instant.ofEpochSecond(Instant.now().getEpochSecond() - 120);
        AuthenticationResultType signIn = fx.signIn(poolId, clientId, "rita", authTime, null);
        AtomicReference<String> secretHashName = new AtomicReference<>();

        AuthenticationResultType refreshed =
                fx.refresh(clientId, signIn.refreshToken(), secretHashName::set);

        assertThat(refreshed.refreshToken()).isNull();
        assertThat(secretHashName.get()).isEqualTo("rita");
        JWTClaimsSet before = fx.verify(poolId, signIn.accessToken());
        JWTClaimsSet after = fx.verify(poolId, refreshed.accessToken());
        JWTClaimsSet id = fx.verify(poolId, refreshed.idToken());
        assertThat(after.getClaim("auth_time")).isEqualTo(authTime.getEpochSecond());
        assertThat(id.getClaim("auth_time")).isEqualTo(authTime.getEpochSecond());
        assertThat(after.getClaim("origin_jti")).isEqualTo(before.getClaim("origin_jti"));
        assertThat(id.getClaim("origin_jti")).isEqualTo(before.getClaim("origin_jti"));
        assertThat(after.getClaim("event_id"))
                .isNotEqualTo(before.getClaim("event_id"))
                .isEqualTo(id.getClaim("event_id"));
        assertThat(after.getJWTID()).isNotEqualTo(before.getJWTID());
        assertThat(outbox("TokensRefreshed")).hasSize(1);
    }

    @Test
    void getTokensWhenRotationDisabledThenNewIdAndAccessTokensOnly() {
        AuthenticationResultType signIn = fx.signIn(poolId, clientId, "rita");

        GetTokensFromRefreshTokenResponse response =
                fx.app.getTokensFromRefreshToken(
                        r -> r.clientId(clientId).refreshToken(signIn.refreshToken()));

        var result = response.authenticationResult();
        assertThat(result.refreshToken()).isNull();
        assertThat(result.tokenType()).isEqualTo("Bearer");
        assertThat(result.expiresIn()).isEqualTo(3600);
        assertThat(fx.verify(poolId, result.idToken()).getSubject()).isEqualTo(sub);
        assertThat(fx.verify(poolId, result.accessToken()).getClaim("token_use"))
                .isEqualTo("access");
        assertThat(fx.app.getUser(r -> r.accessToken(result.accessToken())).username())
                .isEqualTo("rita");
    }

    @Test
    void getTokensWhenTokenUnknownMalformedOrOtherClientsThenInvalidRefreshToken() {
        AuthenticationResultType signIn = fx.signIn(poolId, clientId, "rita");
        String otherClient = fx.client(poolId);
        String tampered =
                signIn.refreshToken().substring(0, signIn.refreshToken().length() - 2) + "AA";

        for (String[] attempt :
                List.of(
                        new String[] {clientId, tampered},
                        new String[] {clientId, "abc.def"},
                        new String[] {otherClient, signIn.refreshToken()},
                        new String[] {clientId, signIn.accessToken()})) {
            assertThatThrownBy(
                            () ->
                                    fx.app.getTokensFromRefreshToken(
                                            r -> r.clientId(attempt[0]).refreshToken(attempt[1])))
                    .isInstanceOf(NotAuthorizedException.class)
                    .hasMessageStartingWith("Invalid Refresh Token");
        }
        assertThatThrownBy(
                        () ->
                                fx.app.getTokensFromRefreshToken(
                                        r ->
                                                r.clientId("nosuchclient0000000000000")
                                                        .refreshToken(signIn.refreshToken())))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void getTokensWhenTokenExpiredThenInvalidRefreshToken() {
        AuthenticationResultType signIn = fx.signIn(poolId, clientId, "rita");
        pg.preparedQuery(
                        "UPDATE user_pool.refresh_token SET expires_at = now() - interval '1 second'"
                                + " WHERE origin_jti IN (SELECT origin_jti FROM user_pool.token_family"
                                + " WHERE user_pool_id = $1)")
                .execute(Tuple.of(poolId))
                .await()
                .indefinitely();

        assertThatThrownBy(
                        () ->
                                fx.app.getTokensFromRefreshToken(
                                        r ->
                                                r.clientId(clientId)
                                                        .refreshToken(signIn.refreshToken())))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Invalid Refresh Token");
    }

    @Test
    void getTokensWhenUserDisabledOrDeletedThenRefused() {
        AuthenticationResultType signIn = fx.signIn(poolId, clientId, "rita");
        fx.admin.adminDisableUser(r -> r.userPoolId(poolId).username("rita"));

        assertThatThrownBy(
                        () ->
                                fx.app.getTokensFromRefreshToken(
                                        r ->
                                                r.clientId(clientId)
                                                        .refreshToken(signIn.refreshToken())))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("User is disabled.");

        fx.admin.adminDeleteUser(r -> r.userPoolId(poolId).username("rita"));
        fx.user(poolId, "rita");
        assertThatThrownBy(
                        () ->
                                fx.app.getTokensFromRefreshToken(
                                        r ->
                                                r.clientId(clientId)
                                                        .refreshToken(signIn.refreshToken())))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Invalid Refresh Token");
    }

    @Test
    void getTokensWhenClientHasSecretThenSecretRequiredAndCheckedInConstantTime() {
        var created =
                fx.admin
                        .createUserPoolClient(
                                r ->
                                        r.userPoolId(poolId)
                                                .clientName("confidential")
                                                .generateSecret(true))
                        .userPoolClient();
        AuthenticationResultType signIn = fx.signIn(poolId, created.clientId(), "rita");

        assertThatThrownBy(
                        () ->
                                fx.app.getTokensFromRefreshToken(
                                        r ->
                                                r.clientId(created.clientId())
                                                        .refreshToken(signIn.refreshToken())))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("is configured with secret");
        assertThatThrownBy(
                        () ->
                                fx.app.getTokensFromRefreshToken(
                                        r ->
                                                r.clientId(created.clientId())
                                                        .clientSecret(
                                                                "wrongsecretwrongsecretwrongsecret")
                                                        .refreshToken(signIn.refreshToken())))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Unable to verify secret");

        var ok =
                fx.app.getTokensFromRefreshToken(
                        r ->
                                r.clientId(created.clientId())
                                        .clientSecret(created.clientSecret())
                                        .refreshToken(signIn.refreshToken()));
        assertThat(fx.verify(poolId, ok.authenticationResult().idToken()).getAudience())
                .containsExactly(created.clientId());
    }

    private List<String> outbox(String type) {
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
