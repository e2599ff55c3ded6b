package io.cognate.userpool.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;

/**
 * Brute force (SECURITY-CASES 12): five wrong passwords in a row lock the user out, whichever flow
 * guesses and however many guesses run at once; the test profile's first lockout is 60 s.
 */
@QuarkusTest
class SignInLockoutQuarkusTest {

    static final String WRONG = "Wr0ng-Password!";

    @TestHTTPResource("/")
    URI endpoint;

    SignInFixture fixture;

    @BeforeEach
    void pool() {
        fixture = new SignInFixture(endpoint, PreventUserExistenceErrorTypes.ENABLED);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void initiateAuthWhenFiveWrongPasswordsThenRightOneRefusedWhileLocked() {
        String username = fixture.confirmedUser();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> fixture.passwordSignIn(username, WRONG))
                    .hasMessageStartingWith("Incorrect username or password.");
        }

        assertThatThrownBy(() -> fixture.passwordSignIn(username, SignInFixture.PASSWORD))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Password attempts exceeded");
    }

    @Test
    void initiateAuthWhenFewerThanFiveFailuresThenRightPasswordResetsTheCount() {
        String username = fixture.confirmedUser();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> fixture.passwordSignIn(username, WRONG))
                    .hasMessageStartingWith("Incorrect username or password.");
        }
        assertThat(fixture.passwordSignIn(username, SignInFixture.PASSWORD).authenticationResult())
                .isNotNull();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> fixture.passwordSignIn(username, WRONG))
                    .hasMessageStartingWith("Incorrect username or password.");
        }

        assertThat(fixture.passwordSignIn(username, SignInFixture.PASSWORD).authenticationResult())
                .isNotNull();
    }

    @Test
    void initiateAuthWhenTwentyWrongPasswordsInParallelThenOnlyFiveAreChecked() throws Exception {
        String username = fixture.confirmedUser();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<String>> guesses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                guesses.add(() -> outcome(() -> fixture.passwordSignIn(username, WRONG)));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(guesses)) {
                outcomes.add(f.get());
            }

            assertThat(outcomes).filteredOn(o -> o.startsWith("Incorrect")).hasSize(5);
            assertThat(outcomes)
                    .filteredOn(o -> o.startsWith("Password attempts exceeded"))
                    .hasSize(15);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void adminInitiateAuthWhenUserLockedByUserFlowThenAlsoLocked() {
        String username = fixture.confirmedUser();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> fixture.passwordSignIn(username, WRONG))
                    .isInstanceOf(NotAuthorizedException.class);
        }

        assertThatThrownBy(
                        () ->
                                fixture.cognito.adminInitiateAuth(
                                        r ->
                                                r.userPoolId(fixture.poolId)
                                                        .clientId(fixture.clientId)
                                                        .authFlow(
                                                                AuthFlowType
                                                                        .ADMIN_USER_PASSWORD_AUTH)
                                                        .authParameters(
                                                                Map.of(
                                                                        "USERNAME",
                                                                        username,
                                                                        "PASSWORD",
                                                                        SignInFixture.PASSWORD))))
                .hasMessageStartingWith("Password attempts exceeded");
    }

    private static String outcome(Runnable attempt) {
        try {
            attempt.run();
            return "signed in";
        } catch (NotAuthorizedException e) {
            return e.awsErrorDetails().errorMessage();
        }
    }
}
