package io.cognate.identitypool.oidc;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What an identity-pool OpenID token says: {@code aud} is the pool, {@code sub} the identity,
 * {@code amr} how it authenticated (Cognito's {@code ["unauthenticated"]} or {@code
 * ["authenticated", <provider>, …]}), and optional principal tags.
 */
public record OpenIdClaims(
        String identityPoolId,
        String identityId,
        List<String> amr,
        Duration validity,
        Map<String, String> principalTags) {

    /** Guests' and GetOpenIdToken's tokens live 10 minutes, as Cognito's do. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofMinutes(10);

    public static OpenIdClaims unauthenticated(String identityPoolId, String identityId) {
        return new OpenIdClaims(
                identityPoolId, identityId, List.of("unauthenticated"), DEFAULT_VALIDITY, Map.of());
    }
}
