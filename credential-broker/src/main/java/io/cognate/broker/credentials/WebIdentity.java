package io.cognate.broker.credentials;

import java.util.List;

/**
 * The web identity a session was issued for (AssumeRoleWithWebIdentity, identity pools); reserved
 * in the session token now so that {@code /internal/verify} can answer policy variables such as
 * {@code ${cognito-identity.amazonaws.com:sub}} later without a lookup.
 *
 * @param provider the token issuer as STS names it ({@code cognito-identity.amazonaws.com})
 * @param subject the token's {@code sub} (for identity pools: the identity id)
 * @param audience the token's {@code aud} (for identity pools: the identity pool id)
 * @param amr the authentication methods ({@code authenticated}, the login provider, …)
 */
public record WebIdentity(String provider, String subject, String audience, List<String> amr) {

    public WebIdentity {
        amr = amr == null ? List.of() : List.copyOf(amr);
    }
}
