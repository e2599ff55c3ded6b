package io.cognate.userpool.token.revocation;

import io.cognate.contracts.aws.AwsOperation;
import io.cognate.contracts.aws.RequestContext;
import io.cognate.contracts.aws.error.ResourceNotFoundException;
import io.cognate.contracts.events.userpool.SignInEvent;
import io.cognate.contracts.events.userpool.TokenRevoked;
import io.cognate.userpool.appclient.AppClient;
import io.cognate.userpool.appclient.AppClients;
import io.cognate.userpool.errors.UnauthorizedException;
import io.cognate.userpool.errors.UnsupportedOperationException;
import io.cognate.userpool.errors.UnsupportedTokenTypeException;
import io.cognate.userpool.platform.Outbox;
import io.cognate.userpool.token.refresh.RefreshTokens;
import io.cognate.userpool.token.refresh.TokenFamilyEntity;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Revokes a refresh token and every access token minted from its sign-in ({@code origin_jti}). The
 * client authenticates with its secret (when it has one) and may revoke only its own tokens. An
 * unknown or already revoked refresh token is not an error (RFC 7009 §2.2); an ID or access token
 * is {@code UnsupportedTokenTypeException}.
 */
@ApplicationScoped
public class RevokeToken implements AwsOperation<RevokeToken.Request, RevokeToken.Response> {

    public record Request(String token, String clientId, String clientSecret) {
        @Override
        public String toString() {
            return "RevokeToken.Request[clientId=" + clientId + "]";
        }
    }

    public record Response() {}

    private final AppClients clients;
    private final RefreshTokens refreshTokens;
    private final Revocations revocations;
    private final Outbox outbox;

    RevokeToken(
            AppClients clients,
            RefreshTokens refreshTokens,
            Revocations revocations,
            Outbox outbox) {
        this.clients = clients;
        this.refreshTokens = refreshTokens;
        this.revocations = revocations;
        this.outbox = outbox;
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    @WithTransaction
    public Uni<Response> execute(Request request, RequestContext context) {
        return clients.require(request.clientId())
                .onFailure(ResourceNotFoundException.class)
                .transform(e -> new UnauthorizedException("Invalid client."))
                .invoke(client -> authorize(client, request))
                .chain(
                        client ->
                                refreshTokens
                                        .familyOf(request.token())
                                        .chain(family -> revoke(client, family, context)))
                .replaceWith(new Response());
    }

    private void authorize(AppClient client, Request request) {
        if (client.hasSecret() && !clients.clientSecretMatches(client, request.clientSecret())) {
            throw new UnauthorizedException("Invalid client secret.");
        }
        if (!client.enableTokenRevocation()) {
            throw new UnsupportedOperationException(
                    "Token revocation is not enabled for app client " + client.clientId() + ".");
        }
        if (request.token().split("\\.", -1).length == 3) {
            throw new UnsupportedTokenTypeException(
                    "Only refresh tokens can be revoked; this is an ID or access token.");
        }
    }

    private Uni<Void> revoke(AppClient client, TokenFamilyEntity family, RequestContext context) {
        if (family == null) {
            return Uni.createFrom().voidItem();
        }
        if (!family.clientId.equals(client.clientId())) {
            throw new UnauthorizedException("The token was not issued to this client.");
        }
        return revocations
                .revokeFamily(family.originJti, context.receivedAt())
                .chain(
                        revoked ->
                                revoked == 0
                                        ? Uni.createFrom().voidItem()
                                        : outbox.append(
                                                new TokenRevoked(
                                                        outbox.metadata(
                                                                SignInEvent.TOPIC,
                                                                context.receivedAt()),
                                                        family.userPoolId,
                                                        family.sub.toString(),
                                                        family.clientId,
                                                        family.originJti.toString(),
                                                        "REVOKE_TOKEN")));
    }
}
