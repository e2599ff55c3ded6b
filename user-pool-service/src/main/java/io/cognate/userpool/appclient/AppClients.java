package io.cognate.userpool.appclient;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.contracts.cache.SettingsCache;
import io.cognate.userpool.platform.CognateConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The app client port for the client-facing features (sign-up, sign-in, recovery, OAuth): find a
 * client by id and check the {@code SECRET_HASH} its requests must carry when it has a secret.
 */
@ApplicationScoped
public class AppClients {

    private final AppClientRepository clients;
    private final ClientSecretCipher cipher;
    private final SettingsCache<AppClient> cache;

    @Inject
    AppClients(AppClientRepository clients, ClientSecretCipher cipher, CognateConfig config) {
        this(clients, cipher, config.settingsCache().newCache());
    }

    AppClients(
            AppClientRepository clients,
            ClientSecretCipher cipher,
            SettingsCache<AppClient> cache) {
        this.clients = clients;
        this.cipher = cipher;
        this.cache = cache;
    }

    /**
     * The client with that id, or {@code ResourceNotFoundException: User pool client <id> does not
     * exist.}; from the settings cache, else read in the caller's session (or a session of its
     * own).
     */
    public Uni<AppClient> require(String clientId) {
        return cache.get(
                clientId,
                () -> Panache.withSession(() -> clients.require(clientId).map(AppClient::of)));
    }

    /** Called once a change to the client committed (update, deletion). */
    void forget(String clientId) {
        cache.forget(clientId);
    }

    /** Called once the deletion of a pool, and so of its clients, committed. */
    public void forgetPool(String userPoolId) {
        cache.forgetIf(client -> client.userPoolId().equals(userPoolId));
    }

    /**
     * Checks {@code SECRET_HASH} = Base64(HMAC-SHA256(client secret, username ‖ clientId)) in
     * constant time when the client has a secret; does nothing for a client without one.
     *
     * @param username the name the request carries ({@code USERNAME} / {@code Username}), or for
     *     challenge responses and refresh the internal user name
     * @throws NotAuthorizedException when the hash is missing or wrong, with Cognito's messages
     */
    public void verifySecretHash(AppClient client, String username, String secretHash) {
        if (!client.hasSecret()) {
            return;
        }
        if (secretHash == null || secretHash.isEmpty()) {
            throw new NotAuthorizedException(
                    "Client "
                            + client.clientId()
                            + " is configured with secret but SECRET_HASH was not received");
        }
        String secret =
                cipher.open(client.secret().envelope(), client.userPoolId(), client.clientId());
        if (username == null
                || !SecretHash.matches(secret, username, client.clientId(), secretHash)) {
            throw new NotAuthorizedException(
                    "Unable to verify secret hash for client " + client.clientId());
        }
    }

    /**
     * Checks the {@code ClientSecret} that RevokeToken and GetTokensFromRefreshToken carry, in
     * constant time: true for a client without a secret when none is presented, false when a secret
     * is missing, wrong, or presented to a client without one.
     */
    public boolean clientSecretMatches(AppClient client, String presented) {
        if (!client.hasSecret()) {
            return presented == null;
        }
        return presented != null
                && cipher.matches(
                        client.secret().envelope(),
                        client.userPoolId(),
                        client.clientId(),
                        presented);
    }
}
