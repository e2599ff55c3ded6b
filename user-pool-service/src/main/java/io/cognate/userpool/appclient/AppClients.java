package io.cognate.userpool.appclient;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The app client port for the client-facing features (sign-up, sign-in, recovery, OAuth): find a
 * client by id and check the {@code SECRET_HASH} its requests must carry when it has a secret.
 */
@ApplicationScoped
public class AppClients {

    private final AppClientRepository clients;
    private final ClientSecretCipher cipher;

    AppClients(AppClientRepository clients, ClientSecretCipher cipher) {
        this.clients = clients;
        this.cipher = cipher;
    }

    /**
     * The client with that id, or {@code ResourceNotFoundException: User pool client <id> does not
     * exist.}; joins the caller's session when there is one.
     */
    @WithSession
    public Uni<AppClient> require(String clientId) {
        return clients.require(clientId).map(AppClient::of);
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
