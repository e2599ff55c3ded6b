package io.cognate.userpool.token;

import io.smallrye.mutiny.Uni;

/**
 * Authenticates the {@code AccessToken} that self-service operations (GetUser, ChangePassword, …)
 * carry: signature against the pool's keys, issuer, expiry, {@code token_use}, and revocation
 * (GlobalSignOut, RevokeToken, AdminUserGlobalSignOut).
 */
public interface AccessTokens {

    /**
     * The principal, or a failed Uni with {@code NotAuthorizedException} ("Invalid Access Token",
     * "Access Token has expired", "Access Token has been revoked") as Cognito answers.
     */
    Uni<AccessTokenPrincipal> authenticate(String accessToken);
}
