package io.cognate.identitypool.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
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
