package io.cognate.identitypool.identitypool;

import com.fasterxml.jackson.core.type.TypeReference;
import io.cognate.identitypool.identitypool.PrincipalTagMaps.TagMap;
import io.cognate.identitypool.platform.JsonColumns;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A pool as other features see it: the settings that decide who may get an identity, a token and
 * which role.
 *
 * @param roleMappings {@code RoleMappings} by provider key ({@code <provider>} or, for user pools,
 *     {@code <provider>:<clientId>})
 * @param principalTagAttributes per provider name, tag key → claim name (defaults resolved)
 */
public record IdentityPoolView(
        String identityPoolId,
        boolean allowUnauthenticatedIdentities,
        boolean allowClassicFlow,
        String developerProviderName,
        LoginProviders providers,
        Map<String, String> roles,
        Map<String, RoleMapping> roleMappings,
        Map<String, Map<String, String>> principalTagAttributes) {

    private static final TypeReference<TagMap> TAG_MAP = new TypeReference<>() {};
    private static final TypeReference<RoleMapping> ROLE_MAPPING = new TypeReference<>() {};

    /** The default role for authenticated identities, if one is set. */
    public String authenticatedRole() {
        return roles.get("authenticated");
    }

    /** The default role for guests, if one is set. */
    public String unauthenticatedRole() {
        return roles.get("unauthenticated");
    }

    static IdentityPoolView of(IdentityPoolEntity pool) {
        Map<String, RoleMapping> mappings = new LinkedHashMap<>();
        pool.roleMappings.forEach(
                (key, value) -> mappings.put(key, JsonColumns.read(value, ROLE_MAPPING)));
        Map<String, Map<String, String>> tags = new LinkedHashMap<>();
        pool.principalTagMaps.forEach(
                (provider, value) -> {
                    TagMap map = JsonColumns.read(value, TAG_MAP);
                    if (map.principalTags() != null && !map.principalTags().isEmpty()) {
                        tags.put(provider, Map.copyOf(map.principalTags()));
                    }
                });
        return new IdentityPoolView(
                pool.id,
                pool.allowUnauthenticated,
                pool.allowClassicFlow,
                pool.developerProviderName,
                pool.providers(),
                Map.copyOf(pool.roles),
                Map.copyOf(mappings),
                Map.copyOf(tags));
    }
}
