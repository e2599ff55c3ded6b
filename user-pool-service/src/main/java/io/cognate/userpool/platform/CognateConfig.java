package io.cognate.userpool.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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

    /** Password hashing (Argon2id, RFC 9106). */
    Password password();

    /** Delivery of codes ({@code CodeDeliveryRequested} events) to users. */
    Delivery delivery();

    /** Throttles of the sign-in flows. */
    SignIn signIn();

    /** ID, access and refresh tokens, their signing keys and the discovery documents. */
    Tokens tokens();

    /** SRP sign-in ({@code USER_SRP_AUTH} / {@code PASSWORD_VERIFIER}). */
    Srp srp();

    /** Lambda triggers served as webhooks (package {@code trigger}). */
    Triggers triggers();

    /** The credential broker, which vouches for the temporary keys it issued. */
    Broker broker();

    /** Per-replica caches of pool and app client settings read on every sign-in. */
    SettingsCache settingsCache();

    interface SettingsCache {
        /**
         * How long a replica may keep using settings it read ({@code COGNATE_SETTINGS_CACHE_TTL}).
         * A change made through this replica takes effect on it at once; other replicas see it
         * within this time. {@code 0s} reads them on every request.
         */
        @WithDefault("5s")
        Duration ttl();

        /** Entries each cache keeps at most; past it, it starts over. */
        @WithDefault("10000")
        int maxEntries();

        /** A new, empty cache with these settings. */
        default <V> io.cognate.contracts.cache.SettingsCache<V> newCache() {
            return new io.cognate.contracts.cache.SettingsCache<>(ttl(), maxEntries());
        }
    }

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

    interface Outbox {
        /** How often the relay looks for unpublished events. */
        @WithDefault("0.5s")
        Duration pollInterval();

        /** Events published per relay transaction. */
        @WithDefault("100")
        int batchSize();
    }

    interface Password {
        /**
         * Argon2id cost; stored hashes keep their own parameters, so changes apply to new hashes.
         */
        Argon2 argon2();

        /**
         * Threads that hash and verify passwords, off the event loop; defaults to the number of
         * cores, since Argon2 is CPU- and memory-bound and more threads only queue.
         */
        Optional<Integer> workers();

        interface Argon2 {
            /** Memory per hash in KiB; OWASP's minimum for Argon2id is 19 MiB (19456 KiB). */
            @WithDefault("19456")
            int memoryKib();

            /** Passes over the memory (Argon2 {@code t}). */
            @WithDefault("2")
            int iterations();

            /** Lanes (Argon2 {@code p}). */
            @WithDefault("1")
            int parallelism();
        }
    }

    interface Delivery {
        /** Email through SMTP ({@code quarkus.mailer.*}). */
        Email email();

        interface Email {
            /**
             * Send EMAIL-medium {@code CodeDeliveryRequested} events through the SMTP server that
             * {@code quarkus.mailer.host}, {@code port}, {@code from}, {@code username}, {@code
             * password} and {@code start-tls} name ({@code COGNATE_DELIVERY_EMAIL_ENABLED}). Off by
             * default: no consumer runs and no SMTP connection is ever attempted.
             */
            @WithDefault("false")
            boolean enabled();

            /** Sends tried per message before it is parked on the dead-letter topic. */
            @WithDefault("3")
            int attempts();

            /** Pause between two sends of the same message. */
            @WithDefault("1s")
            Duration retryBackoff();
        }
    }

    interface SignIn {
        /**
         * Sign-in requests per second one client id may make from one address before getting {@code
         * TooManyRequestsException}; refilled continuously.
         */
        @WithDefault("50")
        int requestsPerSecond();

        /** Requests a quiet client/address pair may make at once. */
        @WithDefault("100")
        int burst();

        /**
         * Consecutive wrong passwords a user may make before the lockout starts; it then lasts
         * {@link #firstLockout}, doubling with each further failure up to 15 minutes ("Password
         * attempts exceeded").
         */
        @WithDefault("5")
        int freeFailures();

        /** The first lockout after the free failures; each further failure doubles it. */
        @WithDefault("1s")
        Duration firstLockout();
    }

    interface Tokens {
        /**
         * Threads that sign and verify tokens (RSA), off the event loop; defaults to the number of
         * cores.
         */
        Optional<Integer> signingWorkers();

        /**
         * How long a pool's decrypted signing keys stay cached. After a rotation on another
         * replica, this one may still sign with the old key for that long; the old key stays
         * published longer than that.
         */
        @WithDefault("5m")
        Duration keyCacheTtl();

        /** {@code Cache-Control: public, max-age} of the JWKS and openid-configuration. */
        @WithDefault("1h")
        Duration discoveryMaxAge();
    }

    interface Srp {
        /**
         * Threads that compute SRP's 3072-bit modular exponentiations (verifiers, challenges,
         * verifications), off the event loop; defaults to the number of cores.
         */
        Optional<Integer> workers();

        /**
         * How long a PASSWORD_VERIFIER challenge can be answered after InitiateAuth issued it.
         * Cognito asks for an answer within seconds; 5 minutes leaves room for slow clients and
         * still bounds how long a SECRET_BLOCK is worth stealing.
         */
        @WithDefault("5m")
        Duration challengeValidity();

        /**
         * How far a PASSWORD_VERIFIER {@code TIMESTAMP} may be from the server clock, either way.
         */
        @WithDefault("5m")
        Duration timestampSkew();
    }

    interface Triggers {
        /**
         * Webhook URLs Cognate may call, as prefixes {@code scheme://host[:port][/path]}: a trigger
         * URL is called only when its scheme and host equal an entry's, its port equals the entry's
         * (any port when the entry names none) and its path starts with the entry's. {@code *}
         * allows every URL. Empty (the default): no webhook is called, and triggers answer {@code
         * UnexpectedLambdaException}.
         */
        Optional<List<String>> allowedUrls();

        /**
         * Address ranges (CIDR, e.g. {@code 127.0.0.1/32}, {@code 10.0.0.0/8}) a webhook host may
         * resolve to although they are private, loopback, link-local or otherwise internal. By
         * default none: a host with any such address is never called, so a pool owner cannot aim a
         * trigger at the cluster's own services.
         */
        Optional<List<String>> allowedNetworks();

        /**
         * Master key of the webhook signatures ({@code COGNATE_TRIGGERS_SIGNING_KEY}): each pool's
         * secret is the lower-case hex HMAC-SHA256 of the pool id under this key (see the module
         * README). Without it no webhook is called. Never logged.
         */
        Optional<String> signingKey();

        /** How long one call may take before it counts as timed out (Cognito: 5 s, fixed). */
        @WithDefault("5s")
        Duration timeout();

        /**
         * Calls made before a timeout or an unreachable receiver fails the operation (Cognito: 3).
         * An answer, even an error, is never retried.
         */
        @WithDefault("3")
        int attempts();

        /**
         * Lambda function ARNs that are served by a webhook: {@code
         * cognate.triggers.functions."arn:aws:lambda:…:function:name"=https://…}. Lets pools keep
         * ARNs in {@code LambdaConfig} (as Terraform and the model require) and still be served. An
         * ARN not listed cannot be invoked, as in Cognito without permission.
         */
        Map<String, String> functions();
    }
}
