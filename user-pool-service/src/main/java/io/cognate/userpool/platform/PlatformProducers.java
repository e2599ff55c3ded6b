package io.cognate.userpool.platform;

import io.cognate.contracts.sigv4.BrokerVerifyClient;
import io.cognate.contracts.sigv4.RootCredentialsStore;
import io.cognate.contracts.sigv4.SigV4Verifier;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Beans every feature shares: the clock and the SigV4 verifier over the root keys, which asks the
 * credential broker about its temporary keys.
 */
@ApplicationScoped
public class PlatformProducers {

    private static final Logger LOG = Logger.getLogger(PlatformProducers.class);

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    BrokerVerifyClient brokerVerifyClient(Vertx vertx, CognateConfig config) {
        return new BrokerVerifyClient(
                vertx,
                config.broker().url(),
                config.broker().timeout(),
                config.region(),
                config.accountId());
    }

    void closeBrokerVerifyClient(@Disposes BrokerVerifyClient client) {
        client.close();
    }

    @Produces
    @Singleton
    SigV4Verifier sigV4Verifier(CognateConfig config, Clock clock, BrokerVerifyClient broker) {
        var root =
                new RootCredentialsStore(
                        config.root().accessKeyId(),
                        config.root().secretAccessKey(),
                        config.accountId());
        if (!root.configured()) {
            LOG.warn(
                    "No root credentials (COGNATE_ROOT_ACCESS_KEY_ID / COGNATE_ROOT_SECRET_ACCESS_KEY):"
                            + " only the credential broker's temporary keys can sign.");
        }
        return new SigV4Verifier(root, config.region(), clock, broker);
    }
}
