package io.cognate.gateway.routing;

import io.cognate.gateway.platform.ErrorFormat;

/**
 * One kind of forwarded traffic: where it goes, how the gateway's own errors look to its clients,
 * and whether browsers calling it cross-origin get CORS headers.
 */
enum ProxyRoute {
    /** {@code POST /} with {@code X-Amz-Target: AWSCognitoIdentityProviderService.*}. */
    USER_POOL_API(Upstream.USER_POOL_SERVICE, ErrorFormat.JSON, true),
    /** {@code POST /} with {@code X-Amz-Target: AWSCognitoIdentityService.*}. */
    IDENTITY_POOL_API(Upstream.IDENTITY_POOL_SERVICE, ErrorFormat.JSON, true),
    /** STS in the AWS Query protocol: a form {@code POST /} or {@code GET /?Action=…}. */
    STS_QUERY(Upstream.CREDENTIAL_BROKER, ErrorFormat.QUERY, true),
    /**
     * {@code /oauth2/*} and the per-pool discovery and JWKS documents. The user-pool service
     * decides their CORS itself: the token endpoint and the JWKS have different rules.
     */
    USER_POOL_WEB(Upstream.USER_POOL_SERVICE, ErrorFormat.JSON, false),
    /**
     * {@code /identity/.well-known/*}: the identity pools' OpenID issuer (JWKS and discovery), read
     * by token verifiers in and out of the browser.
     */
    IDENTITY_POOL_WEB(Upstream.IDENTITY_POOL_SERVICE, ErrorFormat.JSON, true);

    private final Upstream upstream;
    private final ErrorFormat errorFormat;
    private final boolean cors;

    ProxyRoute(Upstream upstream, ErrorFormat errorFormat, boolean cors) {
        this.upstream = upstream;
        this.errorFormat = errorFormat;
        this.cors = cors;
    }

    Upstream upstream() {
        return upstream;
    }

    ErrorFormat errorFormat() {
        return errorFormat;
    }

    boolean cors() {
        return cors;
    }
}
