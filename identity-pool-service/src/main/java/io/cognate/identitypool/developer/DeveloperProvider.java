package io.cognate.identitypool.developer;

import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.identitypool.identitypool.IdentityPoolView;
import java.util.List;

/** Rules every developer-identity operation shares. */
final class DeveloperProvider {

    private DeveloperProvider() {}

    /** The pool's developer provider name, which the request must name exactly. */
    static String require(IdentityPoolView pool, String requested) {
        String configured = pool.developerProviderName();
        if (configured == null) {
            throw new NotAuthorizedException(
                    "This identity pool has no developer provider (DeveloperProviderName).");
        }
        if (requested != null && !configured.equals(requested)) {
            throw new InvalidParameterException(
                    "The developer provider name "
                            + requested
                            + " is not the one of this identity pool.");
        }
        return configured;
    }

    /**
     * The {@code amr} of a developer-authenticated token, as Cognito writes it: authenticated, the
     * provider, and {@code <provider>:<identityPoolId>:<developer user identifier>}.
     */
    static List<String> amr(String provider, String identityPoolId, String userIdentifier) {
        return List.of(
                "authenticated", provider, provider + ":" + identityPoolId + ":" + userIdentifier);
    }
}
