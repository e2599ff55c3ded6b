package io.cognate.userpool.platform;

import io.cognate.contracts.sigv4.RootCredentialsStore;
import io.cognate.contracts.sigv4.SigV4Verifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.jboss.logging.Logger;

/** Beans every feature shares: the clock and the SigV4 verifier over the root keys. */
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
    SigV4Verifier sigV4Verifier(CognateConfig config, Clock clock) {
        var root =
                new RootCredentialsStore(
                        config.root().accessKeyId(),
                        config.root().secretAccessKey(),
                        config.accountId());
        if (!root.configured()) {
            LOG.warn(
                    "No root credentials (COGNATE_ROOT_ACCESS_KEY_ID / COGNATE_ROOT_SECRET_ACCESS_KEY):"
                            + " every signed operation will be refused.");
        }
        return new SigV4Verifier(root, config.region(), clock);
    }
}
