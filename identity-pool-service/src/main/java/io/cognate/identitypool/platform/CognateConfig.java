package io.cognate.identitypool.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every {@code cognate.*} setting of identity-pool-service; environment variables override as
 * usual.
 */
@ConfigMapping(prefix = "cognate")
public interface CognateConfig {

    /** The AWS region this deployment answers for; it prefixes identity pool and identity ids. */
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
     * Key-encryption key for the OpenID signing key ({@code COGNATE_KEK}): the base64 encoding of
     * 32 random bytes ({@code head -c 32 /dev/urandom | base64}); the private key is stored
     * AES-256-GCM encrypted under it. Without it no OpenID token can be issued. Changing it makes
     * the stored key unreadable. Never logged.
     */
    Optional<String> kek();

    /** The OpenID tokens this service issues. */
    Identity identity();

    interface Identity {
        /**
         * The {@code iss} of every token: the public URL of this service behind the gateway. JWKS
         * ({@code /.well-known/jwks_uri}, {@code /.well-known/jwks.json}) and discovery ({@code
         * /.well-known/openid-configuration}) are served under its path.
         */
        @WithDefault("http://127.0.0.1:8080/identity")
        String issuer();

        /**
         * Cognate's user-pool issuer base: a user pool's ID tokens carry {@code iss} = this +
         * {@code /<userPoolId>}, and are accepted only with exactly that issuer.
         */
        @WithDefault("http://127.0.0.1:8080")
        String userPoolIssuerBase();

        /**
         * Where a user pool's JWKS is fetched, {@code {userPoolId}} replaced by the pool id
         * (user-pool-service's internal address). Never derived from a token.
         */
        @WithDefault("http://127.0.0.1:8081/{userPoolId}/.well-known/jwks.json")
        String userPoolJwksUrl();

        /**
         * user-pool-service's internal ID-token check ({@code POST /internal/token-check}), asked
         * for every login of a user-pool provider with {@code ServerSideTokenCheck}. Never derived
         * from a token.
         */
        @WithDefault("http://127.0.0.1:8081/internal/token-check")
        String userPoolTokenCheckUrl();

        /**
         * External OIDC providers ({@code OpenIdConnectProviderARNs}), keyed by the provider's
         * {@code host/path} as the ARN ends: what IAM would hold for them.
         */
        Map<String, OidcProvider> oidcProviders();

        /**
         * Social providers ({@code SupportedLoginProviders}) keyed by their {@code Logins} name:
         * {@code accounts.google.com} and {@code appleid.apple.com} take a {@code jwks-url}
         * (Google's and Apple's published ones by default), {@code graph.facebook.com} and {@code
         * www.amazon.com} a {@code verification-url} (refused while unset).
         */
        Map<String, SocialProvider> socialProviders();

        /**
         * SAML providers ({@code SamlProviderARNs}), keyed by the IAM SAML provider ARN ({@code
         * arn:aws:iam::<account>:saml-provider/<name>}): the IdP metadata IAM would hold for them.
         * A pool's SAML logins are refused for providers not configured here.
         */
        Map<String, SamlProvider> samlProviders();

        /** How long a fetched JWKS is used before it is fetched again. */
        @WithDefault("10m")
        Duration jwksCacheTtl();

        /** Allowed clock difference when checking a login token's {@code exp} and {@code iat}. */
        @WithDefault("5m")
        Duration clockSkew();

        /** Timeout of every outbound call (JWKS, verification endpoints, STS). */
        @WithDefault("5s")
        Duration outboundTimeout();

        /**
         * The credential broker's base URL, where GetCredentialsForIdentity calls {@code POST
         * /internal/identity-credentials} (signed with the root keys).
         */
        @WithDefault("http://127.0.0.1:8083/")
        String stsUrl();

        /**
         * How long a pool's settings (providers, roles, role mappings, principal-tag maps) read by
         * the public operations are kept: changes through this replica apply at once, other
         * replicas see them within this time. 0 disables the cache.
         */
        @WithDefault("5s")
        Duration settingsCacheTtl();

        /** Consume user-pool {@code UserDeleted} events to disable the users' identities. */
        @WithDefault("true")
        boolean consumeUserEvents();

        interface OidcProvider {
            /** The provider's JWKS URL (configured, never taken from a token or discovery). */
            String jwksUrl();

            /** The audiences (client ids) accepted, as the IAM OIDC provider lists them. */
            List<String> clientIds();

            /** The expected {@code iss}; {@code https://<host/path>} when unset. */
            Optional<String> issuer();
        }

        interface SamlProvider {
            /**
             * The IdP's SAML 2.0 metadata ({@code EntityDescriptor}: entity id and signing
             * certificates): inline XML when it starts with {@code <}, else the path of a file
             * holding it. Read once at start-up; an unreadable document fails the start.
             */
            String metadata();
        }

        interface SocialProvider {
            /** JWKS of an OIDC social provider (Google, Apple). */
            Optional<String> jwksUrl();

            /** Token-info endpoint of an opaque-token provider (Facebook, Login with Amazon). */
            Optional<String> verificationUrl();
        }
    }

    interface Outbox {
        /** How often the relay looks for unpublished events. */
        @WithDefault("0.5s")
        java.time.Duration pollInterval();
    }

    /** The credential broker, which vouches for the temporary keys it issued. */
    Broker broker();

    interface Broker {
        /**
         * The broker's internal base URL ({@code COGNATE_BROKER_URL}): admin calls signed with its
         * temporary {@code ASIA} keys are verified and authorized by its {@code /internal/verify}.
         */
        @WithDefault("http://127.0.0.1:8083")
        String url();

        /** How long a verification may take before the call is refused. */
        @WithDefault("2s")
        java.time.Duration timeout();
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
