package io.cognate.identitypool.login;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The claim checks every OpenID Connect login shares, after the signature checked out. */
final class OidcClaims {

    static final String WRONG_ISSUER = "Invalid login token. Issuer doesn't match providerName";
    static final String WRONG_AUDIENCE =
            "Invalid login token. Token is not from a supported provider of this identity pool.";

    private OidcClaims() {}

    static void requireIssuer(Map<String, Object> claims, Collection<String> issuers) {
        if (!(claims.get("iss") instanceof String iss) || !issuers.contains(iss)) {
            throw new NotAuthorizedException(WRONG_ISSUER);
        }
    }

    /**
     * The token's audience that is one of {@code allowed}; {@code azp}, when present, must be one
     * of them too (a token issued to another party is not this pool's).
     */
    static String requireAudience(Map<String, Object> claims, Collection<String> allowed) {
        Object aud = claims.get("aud");
        List<?> audiences =
                aud instanceof List<?> list ? list : aud == null ? List.of() : List.of(aud);
        String matched =
                audiences.stream()
                        .filter(a -> a instanceof String && allowed.contains(a))
                        .map(String.class::cast)
                        .findFirst()
                        .orElseThrow(() -> new NotAuthorizedException(WRONG_AUDIENCE));
        Object azp = claims.get("azp");
        if (azp != null && !allowed.contains(azp)) {
            throw new NotAuthorizedException(WRONG_AUDIENCE);
        }
        return matched;
    }

    static String requireSubject(Map<String, Object> claims) {
        if (!(claims.get("sub") instanceof String sub) || sub.isBlank() || sub.length() > 1024) {
            throw new NotAuthorizedException(
                    "Invalid login token. Not a valid OpenId Connect identity token.");
        }
        return sub;
    }
}
