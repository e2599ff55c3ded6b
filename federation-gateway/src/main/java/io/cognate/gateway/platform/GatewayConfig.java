package io.cognate.gateway.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

/**
 * Everything the gateway needs to know about its surroundings. Each property has a default that
 * matches {@code deploy/local/run}; environment variables override them as usual in Quarkus ({@code
 * COGNATE_UPSTREAM_USER_POOL_SERVICE}, {@code COGNATE_PUBLIC_BASE_URL}, …).
 */
@ConfigMapping(prefix = "cognate")
public interface GatewayConfig {

    /** The internal services the gateway forwards to. */
    UpstreamConfig upstream();

    /** The AWS region Cognate pretends to be; it appears in pool ids and ARNs. */
    @WithDefault("us-east-1")
    String region();

    /**
     * The origin clients use to reach the gateway (scheme, host, port). Token issuers and
     * hosted-page links are built from it, never from the request's {@code Host} header, which a
     * client controls.
     */
    @WithDefault("http://127.0.0.1:8080")
    URI publicBaseUrl();

    /** Upstream base URLs ({@code http} or {@code https}, no path) and the HTTP client's limits. */
    interface UpstreamConfig {

        /** Serves {@code AWSCognitoIdentityProviderService.*}, {@code /oauth2/*} and JWKS. */
        @WithDefault("http://127.0.0.1:8081")
        URI userPoolService();

        /** Serves {@code AWSCognitoIdentityService.*}. */
        @WithDefault("http://127.0.0.1:8082")
        URI identityPoolService();

        /** Serves the STS Query API. */
        @WithDefault("http://127.0.0.1:8083")
        URI credentialBroker();

        /** How long to wait for a TCP connection to an upstream before answering 503. */
        @WithDefault("2s")
        Duration connectTimeout();

        /**
         * How long an upstream may stay silent (no response bytes) before the request is abandoned
         * with 503. Webhook triggers run inside upstream calls, so this is well above their
         * timeout.
         */
        @WithDefault("30s")
        Duration idleTimeout();

        /** How long a pooled keep-alive connection may sit unused before it is closed. */
        @WithDefault("60s")
        Duration keepAliveTimeout();

        /** Maximum open connections per upstream; further requests queue. */
        @WithDefault("128")
        int maxConnections();

        /** Maximum requests queued per upstream when every connection is busy; beyond it, 503. */
        @WithDefault("1024")
        int maxWaitQueue();
    }
}
