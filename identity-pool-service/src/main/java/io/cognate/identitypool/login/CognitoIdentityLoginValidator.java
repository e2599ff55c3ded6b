package io.cognate.identitypool.login;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.identitypool.identitypool.IdentityPoolView;
import io.cognate.identitypool.oidc.OpenIdTokens;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code Logins["cognito-identity.amazonaws.com"]}: a token this service issued for the pool (from
 * GetOpenIdTokenForDeveloperIdentity), as the developer-authenticated flow presents it. The subject
 * is the identity id the token was issued for.
 */
@ApplicationScoped
public class CognitoIdentityLoginValidator implements LoginValidator {

    public static final String PROVIDER = "cognito-identity.amazonaws.com";

    private final OpenIdTokens tokens;

    CognitoIdentityLoginValidator(OpenIdTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public boolean handles(IdentityPoolView pool, String providerName) {
        return PROVIDER.equals(providerName);
    }

    @Override
    public Uni<VerifiedLogin> verify(IdentityPoolView pool, String providerName, String token) {
        return tokens.verify(token, pool.identityPoolId())
                .map(
                        t -> {
                            // A guest's token proves nothing about a user: accepting it would let
                            // an
                            // identity that later gained a login be reached without that login.
                            if (!t.authenticated()) {
                                throw new NotAuthorizedException("Invalid login token.");
                            }
                            return new VerifiedLogin(
                                    PROVIDER, t.identityId(), t.amr(), t.claims(), null);
                        });
    }
}
