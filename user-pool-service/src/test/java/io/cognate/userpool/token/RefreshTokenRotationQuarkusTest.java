package io.cognate.userpool.token;

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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.FeatureType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RefreshTokenReuseException;

/** GetTokensFromRefreshToken under RefreshTokenRotation, including SECURITY-CASES 11. */
@QuarkusTest
class RefreshTokenRotationQuarkusTest {

    private static final int PARALLEL = 16;

    @TestHTTPResource("/")
    URI endpoint;

    @Inject TokenIssuer issuer;
    @Inject AppClients clients;
    @Inject Users users;
    @Inject Pool pg;

    private TokenFixture fx;
    private String poolId;
    private String sub;

    @BeforeEach
    void connect() {
        fx = new TokenFixture(endpoint, issuer, clients, users);
        poolId = fx.pool("rotation");
        sub = fx.user(poolId, "rosa");
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void getTokensWhenRotationEnabledThenNewRefreshTokenAndOldWorksDuringGrace() {
        String clientId = rotatingClient(60);
        String first = fx.signIn(poolId, clientId, "rosa").refreshToken();

        AuthenticationResultType rotated = refresh(clientId, first);
        AuthenticationResultType retry = refresh(clientId, first);

        assertThat(rotated.refreshToken()).isNotNull().isNotEqualTo(first);
        assertThat(retry.accessToken()).isNotNull();
        assertThat(refresh(clientId, rotated.refreshToken()).refreshToken()).isNotNull();
        assertThat(fx.verify(poolId, rotated.accessToken()).getClaim("origin_jti"))
                .isEqualTo(fx.verify(poolId, retry.accessToken()).getClaim("origin_jti"));
    }

    @Test
    void getTokensWhenRotatedTokenReusedAfterGraceThenReuseErrorAndFamilyRevoked() {
        String clientId = rotatingClient(0);
        io.cognate.userpool.token.AuthenticationResultType signIn =
                fx.signIn(poolId, clientId, "rosa");
        AuthenticationResultType rotated = refresh(clientId, signIn.refreshToken());

        assertThatThrownBy(() -> refresh(clientId, signIn.refreshToken()))
                .isInstanceOf(RefreshTokenReuseException.class);

        assertThatThrownBy(() -> refresh(clientId, rotated.refreshToken()))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Invalid Refresh Token");
        assertThatThrownBy(() -> fx.app.getUser(r -> r.accessToken(rotated.accessToken())))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Access Token has been revoked");
        assertThatThrownBy(() -> fx.app.getUser(r -> r.accessToken(signIn.accessToken())))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Access Token has been revoked");
        assertThat(revokedEvents()).singleElement().asString().contains("REFRESH_TOKEN_REUSE");
    }

    /** SECURITY-CASES 11: N parallel refreshes with one token, grace 0. */
    @Test
    void getTokensWhenManyParallelRefreshesOfOneTokenThenExactlyOneSucceedsAndFamilyRevoked()
            throws Exception {
        String clientId = rotatingClient(0);
        String token = fx.signIn(poolId, clientId, "rosa").refreshToken();
        ExecutorService threads = Executors.newFixedThreadPool(PARALLEL);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<AuthenticationResultType>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < PARALLEL; i++) {
                calls.add(
                        threads.submit(
                                () -> {
                                    start.await();
                                    return refresh(clientId, token);
                                }));
            }
            start.countDown();
            List<AuthenticationResultType> successes = new ArrayList<>();
            List<Throwable> failures = new ArrayList<>();
            for (Future<AuthenticationResultType> call : calls) {
                try {
                    successes.add(call.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            assertThat(successes).hasSize(1);
            assertThat(failures)
                    .hasSize(PARALLEL - 1)
                    .allSatisfy(
                            f ->
                                    assertThat(f)
                                            .isInstanceOfAny(
                                                    RefreshTokenReuseException.class,
                                                    NotAuthorizedException.class));
            assertThat(failures).hasAtLeastOneElementOfType(RefreshTokenReuseException.class);
            String winner = successes.get(0).refreshToken();
            assertThatThrownBy(() -> refresh(clientId, winner))
                    .isInstanceOf(NotAuthorizedException.class)
                    .hasMessageStartingWith("Invalid Refresh Token");
        } finally {
            threads.shutdownNow();
        }
        assertThat(familyRevoked()).isTrue();
    }

    private AuthenticationResultType refresh(String clientId, String token) {
        return fx.app
                .getTokensFromRefreshToken(r -> r.clientId(clientId).refreshToken(token))
                .authenticationResult();
    }

    private String rotatingClient(int graceSeconds) {
        return fx.client(
                poolId,
                r ->
                        r.refreshTokenRotation(
                                t ->
                                        t.feature(FeatureType.ENABLED)
                                                .retryGracePeriodSeconds(graceSeconds)));
    }

    /** Read straight from PostgreSQL: what a restarted service would see. */
    private boolean familyRevoked() {
        return pg.preparedQuery(
                        "SELECT bool_and(revoked_at IS NOT NULL) FROM user_pool.token_family"
                                + " WHERE user_pool_id = $1")
                .execute(Tuple.of(poolId))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getBoolean(0);
    }

    private List<String> revokedEvents() {
        List<String> payloads = new ArrayList<>();
        pg.preparedQuery(
                        "SELECT payload::text FROM user_pool.outbox WHERE message_key = $1"
                                + " AND payload->>'type' = 'cognate.userpool.signin.TokenRevoked'")
                .execute(Tuple.of(sub))
                .await()
                .indefinitely()
                .forEach(row -> payloads.add(row.getString(0)));
        return payloads;
    }
}
