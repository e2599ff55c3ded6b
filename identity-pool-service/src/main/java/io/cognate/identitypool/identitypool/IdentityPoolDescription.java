package io.cognate.identitypool.identitypool;

import java.util.List;
import java.util.Map;

/**
 * Cognito's {@code IdentityPool} shape: what Create-, Describe- and UpdateIdentityPool answer.
 * Empty collections are left out, as Cognito leaves them out.
 */
public record IdentityPoolDescription(
        String identityPoolId,
        String identityPoolName,
        Boolean allowUnauthenticatedIdentities,
        Boolean allowClassicFlow,
        Map<String, String> supportedLoginProviders,
        String developerProviderName,
        List<String> openIdConnectProviderARNs,
        List<CognitoIdentityProvider> cognitoIdentityProviders,
        List<String> samlProviderARNs,
        Map<String, String> identityPoolTags) {

    static IdentityPoolDescription of(IdentityPoolEntity pool) {
        LoginProviders providers = pool.providers();
        return new IdentityPoolDescription(
                pool.id,
                pool.name,
                pool.allowUnauthenticated,
                pool.allowClassicFlow,
                nullIfEmpty(providers.supportedLoginProviders()),
                pool.developerProviderName,
                nullIfEmpty(providers.openIdConnectProviderARNs()),
                nullIfEmpty(providers.cognitoIdentityProviders()),
                nullIfEmpty(providers.samlProviderARNs()),
                pool.tags == null || pool.tags.isEmpty() ? null : pool.tags);
    }

    private static <K, V> Map<K, V> nullIfEmpty(Map<K, V> map) {
        return map.isEmpty() ? null : map;
    }

    private static <T> List<T> nullIfEmpty(List<T> list) {
        return list.isEmpty() ? null : list;
    }
}
