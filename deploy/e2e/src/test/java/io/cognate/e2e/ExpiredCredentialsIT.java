package io.cognate.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.StsException;

/**
 * Credentials that expire, through the gateway: the suite is launched with the broker's documented
 * {@code COGNATE_CREDENTIALS_MAX_LIFETIME} at a few seconds (STS's own floor is 15 minutes), so
 * GetCredentialsForIdentity hands out credentials that are honoured by the broker's verify until
 * their Expiration and refused as {@code ExpiredToken} after it, as AWS refuses them.
 */
class ExpiredCredentialsIT {

    private static final Duration LIFETIME = Duration.ofSeconds(8);
    private static final LocalSuite SUITE =
            LocalSuite.fromSystemProperties()
                    .withEnvironment(
                            Map.of("COGNATE_CREDENTIALS_MAX_LIFETIME", LIFETIME.toSeconds() + "s"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private static CredentialStack stack;
    private static ResourceServer resources;

    @BeforeAll
    static void launch() throws Exception {
        // A suite shared by other classes may be running without the setting: relaunch with it.
        SUITE.stop();
        SUITE.start();
        stack =
                new CredentialStack(
                        GatewayClients.root(SUITE.rootCredentials()), "expired-credentials");
        resources = new ResourceServer();
    }

    @AfterAll
    static void shutdown() throws Exception {
        for (AutoCloseable open : new AutoCloseable[] {resources, stack}) {
            if (open != null) {
                open.close();
            }
        }
        SUITE.stop();
    }

    @Test
    void signedRequestWhenCredentialsExpiredThenExpiredTokenAndBeforeThenAllowed()
            throws Exception {
        Instant asked = Instant.now();
        CredentialStack.Issued issued = stack.signIn();
        Instant expiration = issued.credentials().expiration();
        assertThat(expiration).isBetween(asked, Instant.now().plus(LIFETIME).plusSeconds(1));

        HttpResponse<String> before = send(issued);
        assertThat(before.statusCode()).as(before.body()).isEqualTo(200);
        assertThat(JSON.readTree(before.body()).at("/principal/roleArn").asText())
                .isEqualTo(stack.roleArn);

        Refusal after = firstRefusal(issued, expiration.plus(LIFETIME));

        assertThat(after.sentAt()).isAfterOrEqualTo(expiration.minusSeconds(1));
        assertThat(after.reply().statusCode()).isEqualTo(403);
        JsonNode verdict = JSON.readTree(after.reply().body());
        assertThat(verdict.path("authenticated").asBoolean()).isFalse();
        assertThat(verdict.at("/error/code").asText()).isEqualTo("ExpiredToken");
        assertThat(verdict.at("/error/message").asText()).contains("expired");
    }

    @Test
    void stsWhenCalledWithExpiredCredentialsThenExpiredToken() throws Exception {
        CredentialStack.Issued issued = stack.signIn();
        try (StsClient sts = sts(issued)) {
            assertThat(sts.getCallerIdentity().arn()).contains(":assumed-role/");

            firstRefusal(issued, issued.credentials().expiration().plus(LIFETIME));

            assertThatThrownBy(sts::getCallerIdentity)
                    .isInstanceOf(StsException.class)
                    .satisfies(
                            e ->
                                    assertThat(((StsException) e).awsErrorDetails().errorCode())
                                            .isEqualTo("ExpiredToken"));
        }
    }

    private record Refusal(Instant sentAt, HttpResponse<String> reply) {}

    /**
     * Sends the request, freshly signed with the same credentials, until the resource server
     * refuses it or the deadline passes; a short pause between tries keeps the two cores free.
     */
    private static Refusal firstRefusal(CredentialStack.Issued issued, Instant deadline)
            throws Exception {
        while (Instant.now().isBefore(deadline)) {
            Instant sentAt = Instant.now();
            HttpResponse<String> reply = send(issued);
            if (reply.statusCode() != 200) {
                return new Refusal(sentAt, reply);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Credentials still honoured at " + deadline);
    }

    private static HttpResponse<String> send(CredentialStack.Issued issued) throws Exception {
        return SigV4Requests.send(
                SigV4Requests.sign(issued.session(), "GET", resources.uri("/things/1")));
    }

    private static StsClient sts(CredentialStack.Issued issued) {
        return GatewayClients.sts(StaticCredentialsProvider.create(issued.session()));
    }
}
