package io.cognate.userpool.auth;

import io.cognate.userpool.appclient.AppClients;
import io.cognate.userpool.token.TokenIssuer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * REFRESH_TOKEN_AUTH (and its alias REFRESH_TOKEN): new ID and access tokens for a refresh token,
 * without a new refresh token. SECRET_HASH is computed with the token's internal username, which
 * only the token issuer knows, so the check runs once the token is read. Tokens issued to a device
 * refresh only with its DEVICE_KEY.
 */
@ApplicationScoped
class RefreshFlow implements AuthFlowHandler {

    private final TokenIssuer tokens;
    private final AppClients clients;

    RefreshFlow(TokenIssuer tokens, AppClients clients) {
        this.tokens = tokens;
        this.clients = clients;
    }

    @Override
    public Set<String> authFlows() {
        return Set.of("REFRESH_TOKEN_AUTH", "REFRESH_TOKEN");
    }

    /** Refresh is the hottest path: the token issuer reads and writes it in plain SQL. */
    @Override
    public boolean ownsStorage() {
        return true;
    }

    @Override
    public Uni<Attempt> start(FlowStart start) {
        String refreshToken = start.require("REFRESH_TOKEN");
        String secretHash = start.optional("SECRET_HASH");
        return tokens.refresh(
                        start.client(),
                        refreshToken,
                        start.optional("DEVICE_KEY"),
                        username -> clients.verifySecretHash(start.client(), username, secretHash),
                        start.context())
                .map(result -> Attempt.step(AuthStep.tokens(result)));
    }
}
