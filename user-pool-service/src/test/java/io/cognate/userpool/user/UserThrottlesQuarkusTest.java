package io.cognate.userpool.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.aws.error.LimitExceededException;
import io.cognate.userpool.testing.CognitoClients;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;

/** The per-user hourly throttle against the real PostgreSQL, at chosen instants. */
@QuarkusTest
class UserThrottlesQuarkusTest {

    private static final Instant T0 = Instant.parse("2030-01-01T10:00:00Z");

    @TestHTTPResource("/")
    URI endpoint;

    @Inject UserThrottles throttles;
    @Inject DataSource dataSource;

    private CognitoIdentityProviderClient admin;
    private String poolId;
    private UUID sub;

    @BeforeEach
    void setUp() {
        admin = CognitoClients.root(endpoint);
        poolId = admin.createUserPool(r -> r.poolName("throttle")).userPool().id();
        sub =
                UUID.fromString(
                        admin
                                .adminCreateUser(
                                        r ->
                                                r.userPoolId(poolId)
                                                        .username("tess")
                                                        .messageAction(MessageActionType.SUPPRESS))
                                .user()
                                .attributes()
                                .stream()
                                .filter(a -> a.name().equals("sub"))
                                .findFirst()
                                .orElseThrow()
                                .value());
    }

    @AfterEach
    void tearDown() {
        admin.close();
    }

    private int count(UserThrottles throttle, UserThrottles.Action action, Instant at) {
        return inTransaction(() -> throttle.count(poolId, sub, action, at));
    }

    private void acquire(UserThrottles throttle, Instant at) {
        inTransaction(
                () ->
                        Panache.getSession()
                                .chain(s -> s.find(UserAccountEntity.class, key()))
                                .chain(
                                        user ->
                                                throttle.acquire(
                                                        user,
                                                        UserThrottles.Action.CHANGE_PASSWORD,
                                                        at)));
    }

    private UserAccountKey key() {
        return new UserAccountKey(poolId, sub);
    }

    @Test
    void countWhenAnHourHasPassedSinceTheWindowOpenedThenANewWindowStarts() {
        var action = UserThrottles.Action.VERIFY_USER_ATTRIBUTE;

        assertThat(count(throttles, action, T0)).isEqualTo(1);
        assertThat(count(throttles, action, T0.plusSeconds(60))).isEqualTo(2);
        assertThat(count(throttles, action, T0.plus(Duration.ofMinutes(59)))).isEqualTo(3);
        assertThat(count(throttles, action, T0.plus(Duration.ofHours(1)))).isEqualTo(1);
        assertThat(count(throttles, action, T0.plus(Duration.ofMinutes(61)))).isEqualTo(2);
        assertThat(count(throttles, UserThrottles.Action.CONFIRM_SIGN_UP, T0)).isEqualTo(1);
    }

    @Test
    void acquireWhenAFreshInstanceCountsThenEarlierAttemptsStillCount() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            acquire(throttles, T0);
        }
        // Nothing is kept in memory: a new instance, as after a restart or on another replica,
        // sees the five attempts.
        UserThrottles afterRestart = new UserThrottles();

        assertThatThrownBy(() -> acquire(afterRestart, T0.plusSeconds(1)))
                .isInstanceOf(LimitExceededException.class)
                .hasMessage("Attempt limit exceeded, please try after some time.");
        acquire(afterRestart, T0.plus(Duration.ofHours(1)));
    }

    @Test
    void deleteUserWhenCountersExistThenTheyGoWithTheUser() throws SQLException {
        count(throttles, UserThrottles.Action.CHANGE_PASSWORD, T0);
        assertThat(rows()).isEqualTo(1);

        admin.adminDeleteUser(r -> r.userPoolId(poolId).username("tess"));

        assertThat(rows()).isZero();
    }

    private int rows() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "SELECT count(*) FROM user_pool.user_throttle WHERE sub = ?")) {
            s.setObject(1, sub);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static <T> T inTransaction(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(work));
        } catch (Throwable e) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e);
        }
    }
}
