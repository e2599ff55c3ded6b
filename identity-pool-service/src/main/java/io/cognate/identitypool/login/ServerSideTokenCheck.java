package io.cognate.identitypool.login;

import io.smallrye.mutiny.Uni;

/**
 * {@code ServerSideTokenCheck} of a pool's user-pool provider: asks the user pool whether the user
 * behind a verified ID token is still signed in (not globally signed out, disabled or deleted).
 * Called only for providers that set the flag, after the token's signature, issuer, audience and
 * expiry were checked here.
 */
public interface ServerSideTokenCheck {

    /**
     * Completes when the user pool still accepts the token; fails with NotAuthorizedException
     * otherwise.
     */
    Uni<Void> requireActive(String userPoolId, String idToken);
}
