package io.cognate.userpool.token;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.userpool.appclient.AppClient;
import io.cognate.userpool.appclient.AppClients;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * New ID and access tokens for a refresh token; with the client's {@code RefreshTokenRotation}
 * enabled also a new refresh token, the presented one then working only for {@code
 * RetryGracePeriodSeconds} and its later reuse revoking the whole family ({@code
 * RefreshTokenReuseException}).
 */
@ApplicationScoped
public class GetTokensFromRefreshToken
        implements AwsOperation<
                GetTokensFromRefreshToken.Request, GetTokensFromRefreshToken.Response> {

    /** {@code ClientMetadata} is for the pre-token-generation hook, which does not exist yet. */
    public record Request(
            String refreshToken,
            String clientId,
            String clientSecret,
            String deviceKey,
            Map<String, String> clientMetadata) {
        @Override
        public String toString() {
            return "GetTokensFromRefreshToken.Request[clientId=" + clientId + "]";
        }
    }

    public record Response(AuthenticationResultType authenticationResult) {}

    private final AppClients clients;
    private final JwtTokenIssuer issuer;

    GetTokensFromRefreshToken(AppClients clients, JwtTokenIssuer issuer) {
        this.clients = clients;
        this.issuer = issuer;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    /** Without a Hibernate transaction: the token issuer refreshes in plain SQL of its own. */
    @Override
    public Uni<Response> execute(Request request, RequestContext context) {
        return clients.require(request.clientId())
                .invoke(client -> requireSecret(client, request.clientSecret()))
                .chain(
                        client ->
                                issuer.refresh(
                                        client,
                                        request.refreshToken(),
                                        client.refreshTokenRotationEnabled(),
                                        request.deviceKey(),
                                        username -> {},
                                        context))
                .map(Response::new);
    }

    private void requireSecret(AppClient client, String secret) {
        if (!client.hasSecret()) {
            return;
        }
        if (secret == null) {
            throw new NotAuthorizedException(
                    "Client "
                            + client.clientId()
                            + " is configured with secret but ClientSecret was not received");
        }
        if (!clients.clientSecretMatches(client, secret)) {
            throw new NotAuthorizedException(
                    "Unable to verify secret for client " + client.clientId());
        }
    }
}
