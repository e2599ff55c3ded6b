package io.cognate.identitypool.login;

import io.cognate.identitypool.identitypool.IdentityPoolView;
import io.smallrye.mutiny.Uni;

/**
 * Verifies the token of one kind of {@code Logins} entry (user pools, OIDC, social providers, SAML,
 * this service's own tokens). A validator answers only for providers it can verify for real;
 * entries no validator handles are refused by {@link Logins}.
 */
public interface LoginValidator {

    /** Whether this validator verifies tokens for {@code providerName} in {@code pool}. */
    boolean handles(IdentityPoolView pool, String providerName);

    /**
     * The verified login, or a failed Uni with NotAuthorizedException. Never trusts unchecked
     * claims.
     */
    Uni<VerifiedLogin> verify(IdentityPoolView pool, String providerName, String token);

    /**
     * As {@link #verify(IdentityPoolView, String, String)}, for one step of the flow: validators of
     * single-use tokens (SAML assertions) refuse a second use for the same step. Call inside the
     * operation's transaction.
     */
    default Uni<VerifiedLogin> verify(
            IdentityPoolView pool, String providerName, String token, LoginStep step) {
        return verify(pool, providerName, token);
    }

    /**
     * Whether verifying records the token's use (single-use tokens), and so must run inside the
     * operation's transaction; the others verify without touching the database.
     */
    default boolean recordsUse() {
        return false;
    }
}
