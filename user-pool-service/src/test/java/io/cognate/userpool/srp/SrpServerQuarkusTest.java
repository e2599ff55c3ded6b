package io.cognate.userpool.srp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.contracts.srp.SrpClient;
import io.cognate.userpool.testing.CognitoClients;
import io.cognate.userpool.testing.SelfService;
import io.cognate.userpool.user.Users;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;

/** USER_SRP_AUTH's two rounds against real users, answered by the test's own SRP client (§3.4). */
@QuarkusTest
class SrpServerQuarkusTest {

    private static final String PASSWORD = "Srp#Passw0rd";
    private static final String INCORRECT = "Incorrect username or password.";

    @TestHTTPResource("/")
    URI endpoint;

    @Inject SrpServer srp;
    @Inject Users users;
    @Inject Pool pg;

    private CognitoIdentityProviderClient admin;
    private String poolId;
    private String clientId;
    private String otherClientId;
    private SrpSignIns signIns;

    @BeforeEach
    void setUp() {
        admin = CognitoClients.root(endpoint);
        poolId = admin.createUserPool(r -> r.poolName("srp")).userPool().id();
        clientId = client(poolId, "web");
        otherClientId = client(poolId, "other");
        signIns = new SrpSignIns(srp, users, poolId);
        createUser(poolId, "frank");
    }

    @AfterEach
    void close() {
        admin.close();
    }

    @Test
    void verifyWhenRightPasswordThenSignedInAsTheInternalUsername() {
        SrpClient client = SrpClient.random();
        PasswordVerifierChallenge challenge = challenge("frank", client);

        Map<String, String> parameters = challenge.challengeParameters();
        assertThat(parameters)
                .containsOnlyKeys("SALT", "SRP_B", "SECRET_BLOCK", "USER_ID_FOR_SRP", "USERNAME")
                .containsEntry("USER_ID_FOR_SRP", "frank")
                .containsEntry("USERNAME", "frank")
                .containsEntry("SALT", stored("frank").salt());
        assertThat(parameters.get("SRP_B")).matches("[0-9a-f]{700,768}");
        assertThat(Base64.getDecoder().decode(parameters.get("SECRET_BLOCK")))
                .hasSizeGreaterThan(700);

        VerifiedSrp verified = verify(clientId, answer(client, challenge, PASSWORD));

        assertThat(verified.username()).isEqualTo("frank");
    }

    @Test
    void verifyWhenWrongPasswordThenIncorrectUsernameOrPassword() {
        SrpClient client = SrpClient.random();
        PasswordVerifierChallenge challenge = challenge("frank", client);

        assertRefused(clientId, answer(client, challenge, "Srp#Passw0rD"));
    }

    @Test
    void verifyWhenAnswerReplayedThenRefusedTheSecondTime() {
        SrpClient client = SrpClient.random();
        Map<String, String> responses = answer(client, challenge("frank", client), PASSWORD);
        assertThat(verify(clientId, responses).username()).isEqualTo("frank");

        assertRefused(clientId, responses);
    }

    @Test
    void verifyWhenWrongAnswerThenTheBlockIsSpentForTheRightOneToo() {
        SrpClient client = SrpClient.random();
        PasswordVerifierChallenge challenge = challenge("frank", client);
        assertRefused(clientId, answer(client, challenge, "Wrong#Passw0rd"));

        assertRefused(clientId, answer(client, challenge, PASSWORD));
    }

    @Test
    void verifyWhenOneAnswerSentInParallelThenExactlyOneSuccess() throws Exception {
        SrpClient client = SrpClient.random();
        Map<String, String> responses = answer(client, challenge("frank", client), PASSWORD);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Boolean>> attempts =
                    IntStream.range(0, 8)
                            .mapToObj(
                                    i ->
                                            CompletableFuture.supplyAsync(
                                                    () -> succeeds(clientId, responses), threads))
                            .toList();
            long successes = 0;
            for (CompletableFuture<Boolean> attempt : attempts) {
                successes += attempt.get() ? 1 : 0;
            }
            assertThat(successes).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void verifyWhenSecretBlockTamperedThenRefusedEvenWithAMatchingSignature() {
        SrpClient client = SrpClient.random();
        PasswordVerifierChallenge real = challenge("frank", client);
        byte[] block = Base64.getDecoder().decode(real.secretBlock());
        block[block.length / 2] ^= 0x01;
        PasswordVerifierChallenge tampered =
                new PasswordVerifierChallenge(
                        real.salt(),
                        real.srpB(),
                        Base64.getEncoder().encodeToString(block),
                        real.userIdForSrp());

        assertRefused(clientId, answer(client, tampered, PASSWORD));
        assertThat(verify(clientId, answer(client, real, PASSWORD)).username()).isEqualTo("frank");
    }

    @Test
    void verifyWhenAnsweredThroughAnotherClientThenRefused() {
        SrpClient client = SrpClient.random();
        PasswordVerifierChallenge challenge = challenge("frank", client);

        assertRefused(otherClientId, answer(client, challenge, PASSWORD));
    }

    @Test
    void verifyWhenAnsweredAsAnotherUserThenRefused() {
        createUser(poolId, "grace");
        SrpClient client = SrpClient.random();
        Map<String, String> responses = answer(client, challenge("frank", client), PASSWORD);
        responses.put("USERNAME", "grace");

        assertRefused(clientId, responses);
    }

    @Test
    void verifyWhenTimestampZeroPaddedOrSkewedThenRefused() {
        SrpClient client = SrpClient.random();
        Instant now = Instant.parse("2026-09-05T10:00:00Z");
        PasswordVerifierChallenge first = signIns.challenge(clientId, "frank", client.srpA(), now);
        PasswordVerifierChallenge second = signIns.challenge(clientId, "frank", client.srpA(), now);

        var padded =
                SrpSignIns.answer(poolId, client, first, PASSWORD, "Sat Sep 05 10:00:00 UTC 2026");
        assertThatThrownBy(() -> signIns.verify(clientId, padded, now))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessage(INCORRECT);
        var skewed =
                SrpSignIns.answer(poolId, client, second, PASSWORD, "Sat Sep 5 10:05:01 UTC 2026");
        assertThatThrownBy(() -> signIns.verify(clientId, skewed, now))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessage(INCORRECT);
    }

    @Test
    void verifyWhenChallengeOlderThanItsValidityThenRefused() {
        SrpClient client = SrpClient.random();
        Instant issued = Instant.now().minus(Duration.ofMinutes(6));
        PasswordVerifierChallenge old = signIns.challenge(clientId, "frank", client.srpA(), issued);

        assertRefused(clientId, answer(client, old, PASSWORD));
    }

    @Test
    void challengeWhenUserUnknownThenStableFakeThatNoPasswordAnswers() {
        SrpClient client = SrpClient.random();
        PasswordVerifierChallenge first = challenge("nobody", client);
        PasswordVerifierChallenge second = challenge("Nobody", client);

        assertThat(first.challengeParameters())
                .containsEntry("USER_ID_FOR_SRP", "nobody")
                .containsEntry("USERNAME", "nobody");
        assertThat(first.salt()).matches("[0-9a-f]{32}").isEqualTo(second.salt());
        assertThat(first.srpB()).isNotEqualTo(second.srpB());
        assertThat(first.secretBlock().length())
                .isBetween(
                        challenge("frank", client).secretBlock().length() - 8,
                        challenge("frank", client).secretBlock().length() + 8);
        assertRefused(clientId, answer(client, first, PASSWORD));
    }

    @Test
    void challengeWhenUnknownEmailThenAStableUuidAsUserIdLikeARealSub() {
        SrpClient client = SrpClient.random();
        PasswordVerifierChallenge first = challenge("who@example.com", client);
        PasswordVerifierChallenge second = challenge("who@example.com", client);

        assertThat(first.userIdForSrp())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
                .isEqualTo(second.userIdForSrp());
        assertRefused(clientId, answer(client, first, PASSWORD));
    }

    @Test
    void challengeWhenEmailIsTheUsernameThenUserIdForSrpIsTheSubAndItVerifies() {
        String emailPool =
                admin.createUserPool(
                                r ->
                                        r.poolName("srp-email")
                                                .usernameAttributes(UsernameAttributeType.EMAIL))
                        .userPool()
                        .id();
        String emailClient = client(emailPool, "web");
        String sub = createUser(emailPool, "hana@example.com");
        SrpSignIns emailSignIns = new SrpSignIns(srp, users, emailPool);
        SrpClient client = SrpClient.random();

        PasswordVerifierChallenge challenge =
                emailSignIns.challenge(
                        emailClient, "hana@example.com", client.srpA(), Instant.now());

        assertThat(challenge.userIdForSrp()).isEqualTo(sub);
        Map<String, String> responses =
                SrpSignIns.answer(emailPool, client, challenge, PASSWORD, timestamp());
        assertThat(emailSignIns.verify(emailClient, responses, Instant.now()).username())
                .isEqualTo(sub);
    }

    @Test
    void challengeWhenSrpAZeroModNOrOverlongThenInvalidParameter() {
        for (String bad :
                List.of("0", SrpMath.N.toString(16), "1".repeat(771), "not-hex", "-" + "1f")) {
            assertThatThrownBy(() -> signIns.challenge(clientId, "frank", bad, Instant.now()))
                    .isInstanceOf(InvalidParameterException.class);
        }
    }

    @Test
    void verifyWhenResponsesIncompleteThenInvalidParameter() {
        SrpClient client = SrpClient.random();
        Map<String, String> responses =
                new HashMap<>(answer(client, challenge("frank", client), PASSWORD));
        responses.remove("PASSWORD_CLAIM_SIGNATURE");

        assertThatThrownBy(() -> verify(clientId, responses))
                .isInstanceOf(InvalidParameterException.class);
    }

    private PasswordVerifierChallenge challenge(String username, SrpClient client) {
        return signIns.challenge(clientId, username, client.srpA(), Instant.now());
    }

    private Map<String, String> answer(
            SrpClient client, PasswordVerifierChallenge challenge, String password) {
        return SrpSignIns.answer(poolId, client, challenge, password, timestamp());
    }

    private VerifiedSrp verify(String client, Map<String, String> responses) {
        return signIns.verify(client, responses, Instant.now());
    }

    private boolean succeeds(String client, Map<String, String> responses) {
        try {
            verify(client, responses);
            return true;
        } catch (NotAuthorizedException e) {
            return false;
        }
    }

    private void assertRefused(String client, Map<String, String> responses) {
        assertThatThrownBy(() -> verify(client, responses))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessage(INCORRECT);
    }

    private StoredVerifiers stored(String username) {
        String sub =
                admin
                        .adminGetUser(r -> r.userPoolId(poolId).username(username))
                        .userAttributes()
                        .stream()
                        .filter(a -> a.name().equals("sub"))
                        .findFirst()
                        .orElseThrow()
                        .value();
        return StoredVerifiers.of(pg, poolId, sub);
    }

    private static String timestamp() {
        return SrpTimestamp.format(Instant.now());
    }

    private String client(String userPoolId, String name) {
        return admin.createUserPoolClient(r -> r.userPoolId(userPoolId).clientName(name))
                .userPoolClient()
                .clientId();
    }

    /** A CONFIRMED user with {@link #PASSWORD}; returns the sub. */
    private String createUser(String userPoolId, String username) {
        String sub =
                admin
                        .adminCreateUser(
                                r ->
                                        r.userPoolId(userPoolId)
                                                .username(username)
                                                .messageAction(MessageActionType.SUPPRESS)
                                                .userAttributes(
                                                        username.contains("@")
                                                                ? List.of(
                                                                        SelfService.attr(
                                                                                "email", username))
                                                                : List.of()))
                        .user()
                        .attributes()
                        .stream()
                        .filter(a -> a.name().equals("sub"))
                        .findFirst()
                        .orElseThrow()
                        .value();
        admin.adminSetUserPassword(
                r ->
                        r.userPoolId(userPoolId)
                                .username(username)
                                .password(PASSWORD)
                                .permanent(true));
        return sub;
    }
}
