package io.cognate.userpool.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.srp.SrpClient;
import io.cognate.userpool.testing.Parallel;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

/**
 * Brute force of CUSTOM_CHALLENGE answers (SECURITY-CASES 12): each answer VerifyAuthChallenge
 * judges wrong counts toward the per-user lockout shared with passwords and MFA codes, across
 * Sessions and in parallel; a locked user is refused before any trigger is called; only tokens end
 * the streak. The test profile's first lockout is 60 s, so a tripped lockout holds for the test.
 */
@QuarkusTest
class CustomAuthLockoutQuarkusTest {

    static final String LOCKED = "Password attempts exceeded";

    @TestHTTPResource("/")
    URI endpoint;

    CustomAuthFixture fixture;

    @BeforeEach
    void pool() {
        fixture = new CustomAuthFixture(endpoint);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void customChallengeWhenFiveWrongAnswersAcrossSignInsThenLockedBeforeAnyTrigger() {
        String username = fixture.confirmedUser();
        // The fixture's DefineAuthChallenge fails the sign-in after three wrong answers.
        InitiateAuthResponse first = fixture.start(username);
        String session = first.session();
        for (int i = 0; i < 2; i++) {
            session = fixture.answer(username, session, "41").session();
        }
        String third = session;
        assertThatThrownBy(() -> fixture.answer(username, third, "41"))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith("Incorrect username or password.");
        String fourth = fixture.start(username).session();
        String fifth = fixture.answer(username, fourth, "41").session();
        RespondToAuthChallengeResponse afterFifth = fixture.answer(username, fifth, "41");
        assertThat(afterFifth.challengeName()).isEqualTo(ChallengeNameType.CUSTOM_CHALLENGE);
        int defines = fixture.events(ChallengeTriggers.DEFINE).size();

        assertThatThrownBy(() -> fixture.answer(username, afterFifth.session(), "42"))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith(LOCKED);
        assertThatThrownBy(() -> fixture.start(username))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith(LOCKED);

        assertThat(fixture.events(ChallengeTriggers.VERIFY)).hasSize(5);
        assertThat(fixture.events(ChallengeTriggers.DEFINE)).hasSize(defines);
    }

    @Test
    void customChallengeWhenFourWrongThenRightAnswerThenTokensEndTheStreak() {
        String username = fixture.confirmedUser();
        String session = fixture.start(username).session();
        for (int i = 0; i < 2; i++) {
            session = fixture.answer(username, session, "41").session();
        }
        String second = fixture.start(username).session();
        second = fixture.answer(username, second, "41").session();
        second = fixture.answer(username, second, "41").session();
        assertThat(fixture.answer(username, second, "42").authenticationResult()).isNotNull();

        // Four more wrong answers: locked at the fifth only if the first four still counted.
        String again = fixture.start(username).session();
        for (int i = 0; i < 2; i++) {
            again = fixture.answer(username, again, "41").session();
        }
        String last = fixture.start(username).session();
        last = fixture.answer(username, last, "41").session();
        last = fixture.answer(username, last, "41").session();

        assertThat(fixture.answer(username, last, "42").authenticationResult().accessToken())
                .isNotBlank();
    }

    @Test
    void customAuthWithSrpWhenPasswordRightThenWrongAnswersStillCountFromTheEarlierStreak() {
        String username = fixture.confirmedUser();
        String session = fixture.start(username).session();
        for (int i = 0; i < 2; i++) {
            session = fixture.answer(username, session, "41").session();
        }
        String second = fixture.start(username).session();
        second = fixture.answer(username, second, "41").session();
        fixture.answer(username, second, "41");
        SrpClient client = SrpClient.random();
        InitiateAuthResponse verifier = startWithSrp(username, client);

        // A right password inside CUSTOM_AUTH is not the end of the sign-in: four failures stay.
        String custom = verify(verifier, client).session();
        RespondToAuthChallengeResponse fifth = fixture.answer(username, custom, "41");

        assertThat(fifth.challengeName()).isEqualTo(ChallengeNameType.CUSTOM_CHALLENGE);
        assertThatThrownBy(() -> fixture.answer(username, fifth.session(), "42"))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageStartingWith(LOCKED);
    }

    @Test
    void customChallengeWhenTwelveWrongAnswersInParallelThenOnlyFiveAreVerified() throws Exception {
        String username = fixture.confirmedUser();
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            sessions.add(fixture.start(username).session());
        }
        AtomicInteger next = new AtomicInteger();

        Map<String, Integer> outcomes =
                Parallel.tally(
                        12,
                        () -> fixture.answer(username, sessions.get(next.getAndIncrement()), "41"));

        assertThat(outcomes)
                .containsEntry(Parallel.OK, 5)
                .containsEntry("NotAuthorizedException", 7)
                .hasSize(2);
        assertThat(fixture.events(ChallengeTriggers.VERIFY)).hasSize(5);
        assertThatThrownBy(() -> fixture.start(username)).hasMessageStartingWith(LOCKED);
    }

    private InitiateAuthResponse startWithSrp(String username, SrpClient client) {
        return fixture.cognito.initiateAuth(
                r ->
                        r.clientId(fixture.clientId)
                                .authFlow(AuthFlowType.CUSTOM_AUTH)
                                .authParameters(
                                        Map.of(
                                                "USERNAME",
                                                username,
                                                "SRP_A",
                                                client.srpA(),
                                                "CHALLENGE_NAME",
                                                "SRP_A")));
    }

    private RespondToAuthChallengeResponse verify(
            InitiateAuthResponse challenge, SrpClient client) {
        Map<String, String> responses =
                client.passwordVerifierResponses(
                        fixture.poolId,
                        challenge.challengeParameters(),
                        CustomAuthFixture.PASSWORD,
                        SrpClient.timestamp());
        return fixture.cognito.respondToAuthChallenge(
                r ->
                        r.clientId(fixture.clientId)
                                .challengeName(ChallengeNameType.PASSWORD_VERIFIER)
                                .session(challenge.session())
                                .challengeResponses(responses));
    }
}
