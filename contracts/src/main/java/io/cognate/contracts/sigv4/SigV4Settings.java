package io.cognate.contracts.sigv4;

import io.vertx.mutiny.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * How a service other than the broker verifies SigV4: against this deployment's root keys, and
 * through the credential broker's {@code /internal/verify} for the temporary keys only the broker
 * knows. The services' CDI producers build their {@link BrokerVerifyClient} and {@link
 * SigV4Verifier} from it, so they are wired the same way everywhere.
 *
 * @param rootAccessKeyId empty when only temporary keys may sign
 * @param brokerUrl the broker's base URL, e.g. {@code http://127.0.0.1:8083}
 */
public record SigV4Settings(
        String region,
        String accountId,
        Optional<String> rootAccessKeyId,
        Optional<String> rootSecretAccessKey,
        String brokerUrl,
        Duration brokerTimeout) {

    private static final Logger LOG = Logger.getLogger(SigV4Settings.class);

    /** The client the verifier asks about temporary keys; the caller closes it. */
    public BrokerVerifyClient brokerClient(Vertx vertx) {
        return new BrokerVerifyClient(vertx, brokerUrl, brokerTimeout, region, accountId);
    }

    /** Root keys first, then the broker; warns when no root keys are configured. */
    public SigV4Verifier verifier(Clock clock, DelegatedVerifier broker) {
        var root = new RootCredentialsStore(rootAccessKeyId, rootSecretAccessKey, accountId);
        if (!root.configured()) {
            LOG.warn(
                    "No root credentials (COGNATE_ROOT_ACCESS_KEY_ID / COGNATE_ROOT_SECRET_ACCESS_KEY):"
                            + " only the credential broker's temporary keys can sign.");
        }
        return new SigV4Verifier(root, region, clock, broker);
    }

    /** Never prints the root secret. */
    @Override
    public String toString() {
        return "SigV4Settings[region=%s, accountId=%s, rootAccessKeyId=%s, brokerUrl=%s]"
                .formatted(region, accountId, rootAccessKeyId.orElse("none"), brokerUrl);
    }
}
