package io.cognate.userpool.self;

import static io.cognate.userpool.testing.SelfService.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.events.userpool.PasswordChanged;
import io.cognate.userpool.testing.Parallel;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LimitExceededException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

/** ChangePassword through the SDK with real access tokens. */
@QuarkusTest
class ChangePasswordQuarkusTest {

    private static final String NEW_PASSWORD = "N3w#Passw0rd!";

    @TestHTTPResource("/")
    URI endpoint;

    @Inject DataSource dataSource;

    private SelfServiceFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new SelfServiceFixture(endpoint, dataSource);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private void change(String token, String previous, String proposed) {
        fixture.app.changePassword(
                r -> r.accessToken(token).previousPassword(previous).proposedPassword(proposed));
    }

    @Test
    void changeWhenPreviousPasswordRightThenOnlyTheNewOneSignsIn() {
        String sub = fixture.confirmedUser("kim");
        String token = fixture.accessToken("kim");

        change(token, SelfServiceFixture.PASSWORD, NEW_PASSWORD);

        assertThat(fixture.signIn("kim", NEW_PASSWORD).accessToken()).isNotBlank();
        assertThatThrownBy(() -> fixture.signIn("kim", SelfServiceFixture.PASSWORD))
                .isInstanceOf(NotAuthorizedException.class);
        assertThat(fixture.events(sub))
                .filteredOn(PasswordChanged.class::isInstance)
                .last()
                .satisfies(
                        e -> {
                            assertThat(((PasswordChanged) e).changedBy()).isEqualTo("USER");
                            assertThat(((PasswordChanged) e).permanent()).isTrue();
                        });
        // Cognito keeps the session: the access token still works after the change.
        change(token, NEW_PASSWORD, "Th1rd#Password");
    }

    @Test
    void changeWhenPreviousPasswordWrongOrMissingThenIncorrectUsernameOrPassword() {
        fixture.confirmedUser("lee");
        String token = fixture.accessToken("lee");

        assertThatThrownBy(() -> change(token, "Wr0ng#Password", NEW_PASSWORD))
                .isInstanceOf(NotAuthorizedException.class)
                .satisfies(
                        e -> assertThat(message(e)).isEqualTo("Incorrect username or password."));
        assertThatThrownBy(
                        () ->
                                fixture.app.changePassword(
                                        r -> r.accessToken(token).proposedPassword(NEW_PASSWORD)))
                .isInstanceOf(NotAuthorizedException.class)
                .satisfies(
                        e -> assertThat(message(e)).isEqualTo("Incorrect username or password."));
        assertThat(fixture.accessToken("lee")).isNotBlank();
    }

    @Test
    void changeWhenProposedPasswordBreaksPolicyThenInvalidPassword() {
        fixture.confirmedUser("max");
        String token = fixture.accessToken("max");

        assertThatThrownBy(() -> change(token, SelfServiceFixture.PASSWORD, "short"))
                .isInstanceOf(InvalidPasswordException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .startsWith("Password did not conform with policy: "));
        assertThat(fixture.accessToken("max")).isNotBlank();
    }

    @Test
    void changeWhenFiveAttemptsThisHourThenAttemptLimitExceededEvenWithTheRightPassword() {
        fixture.confirmedUser("ned");
        String token = fixture.accessToken("ned");

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThatThrownBy(() -> change(token, "Wr0ng#Password", NEW_PASSWORD))
                    .isInstanceOf(NotAuthorizedException.class);
        }
        assertThatThrownBy(() -> change(token, SelfServiceFixture.PASSWORD, NEW_PASSWORD))
                .isInstanceOf(LimitExceededException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .isEqualTo(
                                                "Attempt limit exceeded, please try after some"
                                                        + " time."));
        assertThat(fixture.signIn("ned", SelfServiceFixture.PASSWORD).accessToken()).isNotBlank();
    }

    @Test
    void changeWhenTwelveWrongGuessesInParallelThenExactlyFiveAreChecked() throws Exception {
        fixture.confirmedUser("ola");
        String token = fixture.accessToken("ola");

        Map<String, Integer> outcomes =
                Parallel.tally(12, () -> change(token, "Wr0ng#Password", NEW_PASSWORD));

        assertThat(outcomes)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("NotAuthorizedException", 5, "LimitExceededException", 7));
        assertThatThrownBy(() -> change(token, SelfServiceFixture.PASSWORD, NEW_PASSWORD))
                .isInstanceOf(LimitExceededException.class);
    }
}
