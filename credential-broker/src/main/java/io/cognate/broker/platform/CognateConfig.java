package io.cognate.broker.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every {@code cognate.*} setting of credential-broker; environment variables override as usual.
 */
@ConfigMapping(prefix = "cognate")
public interface CognateConfig {

    /** The AWS region this deployment answers for; SigV4 scopes must name it. */
    @WithDefault("us-east-1")
    String region();

    /** The account id in ARNs. */
    @WithDefault("000000000000")
    String accountId();

    /** Bootstrap root credentials that sign admin calls. */
    Root root();

    /** Relay of the transactional outbox to Kafka. */
    Outbox outbox();

    /**
     * Key-encryption key ({@code COGNATE_KEK}), the same setting as user-pool-service's: the base64
     * encoding of 32 random bytes ({@code head -c 32 /dev/urandom | base64}). The broker derives
     * its session-token key from it (HKDF-SHA256, its own label), so temporary credentials outlive
     * a restart and every broker replica accepts every other's. Without it, no credentials can be
     * issued or verified. Changing it invalidates every session token in flight. Never logged.
     */
    Optional<String> kek();

    /** Web identity federation: whose tokens AssumeRoleWithWebIdentity accepts. */
    Broker broker();

    /** The temporary credentials the broker issues. */
    Credentials credentials();

    interface Credentials {
        /**
         * The longest any temporary credentials live ({@code COGNATE_CREDENTIALS_MAX_LIFETIME},
         * e.g. {@code 5m}), whatever {@code DurationSeconds} asked, for every caller (AssumeRole,
         * AssumeRoleWithWebIdentity, hence identity pools' GetCredentialsForIdentity); the {@code
         * Expiration} returned is the capped one. Unset (the default): lifetimes are AWS's, as
         * asked within 900 s and the role's MaxSessionDuration (identity pools: 1 h). It can only
         * shorten credentials: for deployments that want them shorter than STS's 15-minute floor,
         * and for test stacks that must see credentials expire.
         */
        Optional<Duration> maxLifetime();
    }

    interface Broker {
        /**
         * The issuer ({@code iss}) of identity-pool-service's OpenID tokens; its tokens federate as
         * {@code cognito-identity.amazonaws.com}, as Cognito's do.
         */
        @WithDefault("http://127.0.0.1:8080/identity")
        String identityIssuer();

        /**
         * Where the broker fetches identity-pool-service's JWKS (inside the cluster, not through
         * the gateway). Never a URL taken from a token.
         */
        @WithDefault("http://127.0.0.1:8082/identity/.well-known/jwks.json")
        String identityJwksUrl();

        /**
         * Other trusted OpenID Connect issuers, keyed by their exact {@code iss} (quote it: {@code
         * cognate.broker.oidc-providers."https://idp.example.com".jwks-url}). They federate as the
         * issuer's host and path, as IAM OIDC providers do. None by default.
         */
        Map<String, OidcProvider> oidcProviders();

        /** How long a fetched JWKS is used before it is fetched again. */
        @WithDefault("5m")
        Duration jwksCacheTtl();

        /**
         * The least time between two fetches of one JWKS when a token names a key id it does not
         * hold (key rotation), so unknown key ids cannot make the broker hammer an issuer.
         */
        @WithDefault("30s")
        Duration jwksMinRefreshInterval();

        /** Tolerated clock difference with issuers for {@code iat} and {@code nbf}. */
        @WithDefault("60s")
        Duration tokenClockSkew();

        /**
         * How long a role's inline policies are held in memory for decisions. A change made through
         * this replica takes effect at once; one made through another replica within this time.
         * Zero reads them on every decision.
         */
        @WithDefault("1s")
        Duration policyCacheTtl();
    }

    interface OidcProvider {
        /** The issuer's JWKS URL (https in production). */
        String jwksUrl();

        /**
         * The audiences ({@code aud}, the OAuth client ids) accepted from this issuer, like an IAM
         * OIDC provider's client id list; when absent every audience is accepted and the roles'
         * trust policies must condition on {@code <provider>:aud}.
         */
        Optional<List<String>> clientIds();
    }

    interface Outbox {
        /** How often the relay looks for unpublished events. */
        @WithDefault("0.5s")
        java.time.Duration pollInterval();
    }

    interface Root {
        /**
         * Access key id ({@code COGNATE_ROOT_ACCESS_KEY_ID}); without it, signed calls are refused.
         */
        Optional<String> accessKeyId();

        /** Secret access key ({@code COGNATE_ROOT_SECRET_ACCESS_KEY}); never logged. */
        Optional<String> secretAccessKey();
    }
}
