package io.cognate.broker.platform;

import io.cognate.contracts.sigv4.CredentialsStore;
import io.cognate.contracts.sigv4.SigV4Verifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Beans every feature shares: the clock and the SigV4 verifier over the broker's signing keys (root
 * and temporary, see {@code protocol.CallerCredentials}).
 */
@ApplicationScoped
public class PlatformProducers {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    SigV4Verifier sigV4Verifier(
            CognateConfig config, CredentialsStore callerCredentials, Clock clock) {
        return new SigV4Verifier(callerCredentials, config.region(), clock);
    }
}
