package io.cognate.userpool.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Every {@code cognate.*} setting of user-pool-service; environment variables override as usual.
 */
@ConfigMapping(prefix = "cognate")
public interface CognateConfig {

    /** The AWS region this deployment answers for; it prefixes every user pool id. */
    @WithDefault("us-east-1")
    String region();

    /** The account id in ARNs. */
    @WithDefault("000000000000")
    String accountId();

    /** The public origin clients reach (the gateway); token issuers live under it. */
    @WithDefault("http://127.0.0.1:8080")
    String publicBaseUrl();

    /** Bootstrap root credentials that sign admin calls. */
    Root root();

    /** Relay of the transactional outbox to Kafka. */
    Outbox outbox();

    /**
     * Key-encryption key for app client secrets ({@code COGNATE_KEK}): the base64 encoding of 32
     * random bytes ({@code head -c 32 /dev/urandom | base64}); secrets are stored AES-256-GCM
     * encrypted under it. Without it, clients with a secret can be neither created nor verified.
     * Changing it makes the stored secrets unreadable. Never logged.
     */
    Optional<String> kek();

    interface Root {
        /**
         * Access key id ({@code COGNATE_ROOT_ACCESS_KEY_ID}); without it, signed calls are refused.
         */
        Optional<String> accessKeyId();

        /** Secret access key ({@code COGNATE_ROOT_SECRET_ACCESS_KEY}); never logged. */
        Optional<String> secretAccessKey();
    }

    interface Outbox {
        /** How often the relay looks for unpublished events. */
        @WithDefault("0.5s")
        Duration pollInterval();

        /** Events published per relay transaction. */
        @WithDefault("100")
        int batchSize();
    }
}
