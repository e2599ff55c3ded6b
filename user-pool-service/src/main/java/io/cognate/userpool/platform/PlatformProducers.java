package io.cognate.userpool.platform;

import io.cognate.contracts.sigv4.BrokerVerifyClient;
import io.cognate.contracts.sigv4.SigV4Settings;
import io.cognate.contracts.sigv4.SigV4Verifier;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Beans every feature shares: the clock and the SigV4 verifier over the root keys, which asks the
 * credential broker about its temporary keys (wired by contracts' {@link SigV4Settings}).
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
    BrokerVerifyClient brokerVerifyClient(Vertx vertx, CognateConfig config) {
        return sigV4(config).brokerClient(vertx);
    }

    void closeBrokerVerifyClient(@Disposes BrokerVerifyClient client) {
        client.close();
    }

    @Produces
    @Singleton
    SigV4Verifier sigV4Verifier(CognateConfig config, Clock clock, BrokerVerifyClient broker) {
        return sigV4(config).verifier(clock, broker);
    }

    private static SigV4Settings sigV4(CognateConfig config) {
        return new SigV4Settings(
                config.region(),
                config.accountId(),
                config.root().accessKeyId(),
                config.root().secretAccessKey(),
                config.broker().url(),
                config.broker().timeout());
    }
}
