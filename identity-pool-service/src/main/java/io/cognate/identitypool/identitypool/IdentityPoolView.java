package io.cognate.identitypool.identitypool;

import java.util.Map;

/** A pool as other features see it: the settings that decide who may get an identity and token. */
public record IdentityPoolView(
        String identityPoolId,
        boolean allowUnauthenticatedIdentities,
        boolean allowClassicFlow,
        String developerProviderName,
        LoginProviders providers,
        Map<String, String> roles) {

    static IdentityPoolView of(IdentityPoolEntity pool) {
        return new IdentityPoolView(
                pool.id,
                pool.allowUnauthenticated,
                pool.allowClassicFlow,
                pool.developerProviderName,
                pool.providers(),
                Map.copyOf(pool.roles));
    }
}
