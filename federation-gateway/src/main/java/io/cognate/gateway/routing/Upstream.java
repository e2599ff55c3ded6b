package io.cognate.gateway.routing;

import io.cognate.gateway.platform.GatewayConfig;
import java.net.URI;
import java.util.Locale;

/** The internal services behind the gateway. */
enum Upstream {
    USER_POOL_SERVICE,
    IDENTITY_POOL_SERVICE,
    CREDENTIAL_BROKER;

    URI baseUrl(GatewayConfig.UpstreamConfig config) {
        return switch (this) {
            case USER_POOL_SERVICE -> config.userPoolService();
            case IDENTITY_POOL_SERVICE -> config.identityPoolService();
            case CREDENTIAL_BROKER -> config.credentialBroker();
        };
    }

    /** The name used in logs and metrics, as in the architecture document. */
    String serviceName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
