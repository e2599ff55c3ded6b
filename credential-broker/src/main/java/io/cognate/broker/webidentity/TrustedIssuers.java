package io.cognate.broker.webidentity;

import io.cognate.broker.platform.CognateConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The configured issuers, by exact {@code iss}: identity-pool-service ({@code
 * cognate.broker.identity-issuer}) and the OIDC providers under {@code
 * cognate.broker.oidc-providers}. A token from any other issuer is refused before anything is
 * fetched.
 */
@ApplicationScoped
public class TrustedIssuers {

    private final Map<String, TrustedIssuer> byIssuer;
    private final TrustedIssuer identityPool;

    @Inject
    TrustedIssuers(CognateConfig config) {
        this(config.broker());
    }

    TrustedIssuers(CognateConfig.Broker broker) {
        Map<String, TrustedIssuer> issuers = new HashMap<>();
        broker.oidcProviders()
                .forEach(
                        (issuer, provider) ->
                                issuers.put(
                                        issuer,
                                        new TrustedIssuer(
                                                issuer,
                                                TrustedIssuer.providerName(issuer),
                                                provider.jwksUrl(),
                                                provider.clientIds(),
                                                false)));
        this.identityPool =
                new TrustedIssuer(
                        broker.identityIssuer(),
                        TrustedIssuer.COGNITO_PROVIDER,
                        broker.identityJwksUrl(),
                        Optional.empty(),
                        true);
        issuers.put(broker.identityIssuer(), identityPool);
        this.byIssuer = Map.copyOf(issuers);
    }

    /** identity-pool-service, whose identities stand for {@code cognito-identity.amazonaws.com}. */
    public TrustedIssuer identityPool() {
        return identityPool;
    }

    public Optional<TrustedIssuer> find(String issuer) {
        return Optional.ofNullable(byIssuer.get(issuer));
    }
}
