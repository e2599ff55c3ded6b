package io.cognate.broker.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
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
