package io.cognate.identitypool.identitypool;

import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.identitypool.platform.JsonColumns;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The members Create- and UpdateIdentityPool share: everything but the pool id. */
record PoolSettings(
        String identityPoolName,
        Boolean allowUnauthenticatedIdentities,
        Boolean allowClassicFlow,
        Map<String, String> supportedLoginProviders,
        String developerProviderName,
        List<String> openIdConnectProviderARNs,
        List<CognitoIdentityProvider> cognitoIdentityProviders,
        List<String> samlProviderARNs,
        Map<String, String> identityPoolTags) {

    LoginProviders providers() {
        return new LoginProviders(
                supportedLoginProviders,
                openIdConnectProviderARNs,
                cognitoIdentityProviders == null
                        ? null
                        : cognitoIdentityProviders.stream()
                                .map(
                                        p ->
                                                new CognitoIdentityProvider(
                                                        p.providerName(),
                                                        p.clientId(),
                                                        Boolean.TRUE.equals(
                                                                p.serverSideTokenCheck())))
                                .toList(),
                samlProviderARNs);
    }

    /**
     * Writes these settings over the pool's, as UpdateIdentityPool does: providers are replaced as
     * a whole; the developer provider name, once set, can be neither changed nor removed; tags are
     * replaced only when given (TagResource and UntagResource manage them otherwise).
     */
    void applyTo(IdentityPoolEntity pool, String region, Instant now) {
        PoolRules.require(this, region);
        if (pool.developerProviderName != null
                && developerProviderName != null
                && !pool.developerProviderName.equals(developerProviderName)) {
            throw new InvalidParameterException(
                    "Cannot change DeveloperProviderName once it has been set (it is "
                            + pool.developerProviderName
                            + ").");
        }
        if (developerProviderName != null) {
            pool.developerProviderName = developerProviderName;
        }
        pool.name = identityPoolName;
        pool.allowUnauthenticated = allowUnauthenticatedIdentities;
        pool.allowClassicFlow = Boolean.TRUE.equals(allowClassicFlow);
        pool.providers = JsonColumns.toMap(providers());
        if (identityPoolTags != null) {
            pool.tags = Map.copyOf(identityPoolTags);
        }
        pool.lastModifiedAt = now;
    }
}
