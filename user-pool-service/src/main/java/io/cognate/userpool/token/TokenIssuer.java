package io.cognate.userpool.token;

import io.cognate.contracts.aws.RequestContext;
import io.cognate.userpool.appclient.AppClient;
import io.smallrye.mutiny.Uni;

/**
 * Mints the tokens of a sign-in and refreshes them. Call inside the caller's
 * {@code @WithTransaction}: refresh tokens and their families are stored in it.
 */
public interface TokenIssuer {

    /** ID, access and refresh tokens for a completed sign-in. */
    Uni<AuthenticationResultType> signIn(SignInGrant grant, RequestContext context);

    /**
     * REFRESH_TOKEN_AUTH: new ID and access tokens for a refresh token issued to {@code client},
     * without a new refresh token. {@code NotAuthorizedException: Invalid Refresh Token} when the
     * token is unknown, expired, revoked, or issued to another client; the user's current state
     * (disabled, deleted) is checked as Cognito does. {@code secretHashCheck} receives the token's
     * internal username so the caller can verify SECRET_HASH before tokens are minted.
     */
    default Uni<AuthenticationResultType> refresh(
            AppClient client,
            String refreshToken,
            java.util.function.Consumer<String> secretHashCheck,
            RequestContext context) {
        return refresh(client, refreshToken, null, secretHashCheck, context);
    }

    /**
     * As {@link #refresh(AppClient, String, java.util.function.Consumer, RequestContext)}; a
     * refresh token issued to a device is honoured only with that device's key ({@code DEVICE_KEY})
     * and while the device is confirmed, as Cognito requires.
     */
    Uni<AuthenticationResultType> refresh(
            AppClient client,
            String refreshToken,
            String deviceKey,
            java.util.function.Consumer<String> secretHashCheck,
            RequestContext context);
}
