package io.cognate.userpool.token;

import io.cognate.userpool.platform.CognateConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A pool's token issuer, {@code <cognate.public-base-url>/<userPoolId>} (Cognito: {@code
 * https://cognito-idp.<region>.amazonaws.com/<userPoolId>}); discovery and JWKS live under it.
 */
@ApplicationScoped
public class Issuers {

    /** {@code UserPoolIdType}'s pattern. */
    private static final Pattern POOL_ID = Pattern.compile("[\\w-]+_[0-9a-zA-Z]+");

    private final String base;

    Issuers(CognateConfig config) {
        String url = config.publicBaseUrl();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The public origin, without a trailing slash. */
    public String base() {
        return base;
    }

    public String of(String userPoolId) {
        return base + "/" + userPoolId;
    }

    /** The pool an {@code iss} claim names, when it is one of our issuers. */
    public Optional<String> poolOf(String issuer) {
        if (issuer == null || !issuer.startsWith(base + "/")) {
            return Optional.empty();
        }
        String poolId = issuer.substring(base.length() + 1);
        return POOL_ID.matcher(poolId).matches() && poolId.length() <= 55
                ? Optional.of(poolId)
                : Optional.empty();
    }
}
