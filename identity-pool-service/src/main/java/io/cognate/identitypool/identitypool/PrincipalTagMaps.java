package io.cognate.identitypool.identitypool;

import io.cognate.contracts.aws.error.InvalidParameterException;
import java.util.Map;
import java.util.Set;

/**
 * Principal-tag attribute maps: which token claim becomes which session tag, per provider. The
 * defaults (tag keys {@code username} and {@code client}) read the claims Cognito's developer guide
 * names for each provider and cannot be edited.
 */
final class PrincipalTagMaps {

    /** One provider's map as stored and answered. */
    record TagMap(Boolean useDefaults, Map<String, String> principalTags) {}

    private PrincipalTagMaps() {}

    /** SAML providers map the WS-Federation claims of the NameID and the user's name. */
    private static final Map<String, String> SAML_DEFAULTS =
            Map.of(
                    "username",
                            "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier",
                    "client", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name");

    static Map<String, String> defaults(String providerName) {
        if (providerName.contains(":saml-provider/")) {
            return SAML_DEFAULTS;
        }
        return "www.amazon.com".equals(providerName)
                ? Map.of("username", "user_id", "client", "aud")
                : Map.of("username", "sub", "client", "aud");
    }

    /** The map to store for a request: the defaults when asked for, the caller's tags otherwise. */
    static TagMap resolve(String providerName, Boolean useDefaults, Map<String, String> tags) {
        if (Boolean.TRUE.equals(useDefaults)) {
            return new TagMap(true, defaults(providerName));
        }
        return new TagMap(false, tags == null ? Map.of() : Map.copyOf(tags));
    }

    /** Maps exist only for providers the pool trusts, the developer provider included. */
    static void requireConfigured(IdentityPoolEntity pool, String providerName) {
        Set<String> names = pool.providers().providerNames();
        if (!names.contains(providerName) && !providerName.equals(pool.developerProviderName)) {
            throw new InvalidParameterException(
                    "The identity provider "
                            + providerName
                            + " is not configured for this identity pool.");
        }
    }
}
