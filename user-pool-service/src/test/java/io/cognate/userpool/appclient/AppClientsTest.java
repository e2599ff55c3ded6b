package io.cognate.userpool.appclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.contracts.cache.SettingsCache;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The SECRET_HASH check of the port, with the vector computed once with openssl. */
class AppClientsTest {

    private static final String POOL = "us-east-1_abcdefghi";
    private static final String CLIENT = "5rsdt2r2ctoqr0o0pqfgz6kk1d";
    private static final String SECRET = "k3dgq1vq0tqxk8h3h2l5n0yq6c3bm7p9ud1s8f2w4e6r0t1a9z7";
    private static final String HASH = "HAajzdG8RKsKQ4Ff6JS9O1zoDOMpmixLtjcWPamhOhA=";

    private final ClientSecretCipher cipher =
            new ClientSecretCipher(Optional.of(Base64.getEncoder().encodeToString(new byte[32])));
    private final AppClients port =
            new AppClients(null, cipher, new SettingsCache<>(Duration.ZERO, 1));

    @Test
    void verifySecretHashWhenHashRightThenAccepted() {
        port.verifySecretHash(confidential(), "alice@example.com", HASH);
    }

    @Test
    void verifySecretHashWhenHashWrongOrForAnotherUserThenUnableToVerify() {
        for (String[] attempt :
                new String[][] {
                    {"alice@example.com", "HAajzdG8RKsKQ4Ff6JS9O1zoDOMpmixLtjcWPamhOhB="},
                    {"bob@example.com", HASH},
                    {null, HASH}
                }) {
            assertThatThrownBy(() -> port.verifySecretHash(confidential(), attempt[0], attempt[1]))
                    .isInstanceOf(NotAuthorizedException.class)
                    .hasMessage("Unable to verify secret hash for client " + CLIENT);
        }
    }

    @Test
    void verifySecretHashWhenHashMissingThenCognitosNotReceivedMessage() {
        assertThatThrownBy(() -> port.verifySecretHash(confidential(), "alice@example.com", null))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessage(
                        "Client "
                                + CLIENT
                                + " is configured with secret but SECRET_HASH was not"
                                + " received");
    }

    @Test
    void verifySecretHashWhenClientHasNoSecretThenNothingRequired() {
        AppClient publicClient = new AppClient(POOL, CLIENT, "web", null, settings());

        port.verifySecretHash(publicClient, "alice@example.com", null);
        assertThat(publicClient.hasSecret()).isFalse();
    }

    @Test
    void toStringWhenClientHasSecretThenNeitherSecretNorEnvelopeShown() {
        AppClient client = confidential();

        assertThat(client.toString())
                .doesNotContain(SECRET)
                .contains(CLIENT)
                .contains("hasSecret=true");
        assertThat(client.secret().toString()).isEqualTo("SealedSecret[redacted]");
    }

    @Test
    void accessorsWhenDefaultsThenCognitoLifetimes() {
        AppClient client = confidential();

        assertThat(client.accessTokenValidity()).hasMinutes(60);
        assertThat(client.idTokenValidity()).hasMinutes(60);
        assertThat(client.refreshTokenValidity()).hasDays(30);
        assertThat(client.authSessionValidity()).hasMinutes(3);
        assertThat(client.enableTokenRevocation()).isTrue();
        assertThat(client.preventUserExistenceErrors()).isFalse();
        assertThat(client.readAttributes()).isEmpty();
    }

    private AppClient confidential() {
        return new AppClient(
                POOL,
                CLIENT,
                "backend",
                new SealedSecret(cipher.seal(SECRET, POOL, CLIENT)),
                settings());
    }

    private static ClientSettings settings() {
        return ClientRules.apply(
                ClientSettings.fromStored(Map.of()), java.util.Set.of(), true, POOL, "creating");
    }
}
