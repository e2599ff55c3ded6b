package io.cognate.userpool.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a PreTokenGeneration answer to claim sets (cognito.md §5.2): suppression wins over
 * addition, claims Cognito reserves are never touched, a {@code groupOverrideDetails} replaces the
 * groups (an empty list removes them) in both tokens and the roles in the ID token. V1 values are
 * strings; V2 values may be any JSON.
 */
final class ClaimOverrides {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Claims no trigger may add, change or remove (§2.2, §2.3). */
    static final Set<String> RESERVED =
            Set.of(
                    "acr",
                    "amr",
                    "aud",
                    "at_hash",
                    "auth_time",
                    "azp",
                    "client_id",
                    "cognito:groups",
                    "cognito:preferred_role",
                    "cognito:roles",
                    "cognito:username",
                    "device_key",
                    "event_id",
                    "exp",
                    "iat",
                    "identities",
                    "iss",
                    "jti",
                    "nbf",
                    "nonce",
                    "origin_jti",
                    "scope",
                    "sub",
                    "token_use",
                    "username",
                    "version");

    private ClaimOverrides() {}

    static void applyV1(JsonNode details, Map<String, Object> id, Map<String, Object> access) {
        if (details == null || !details.isObject()) {
            return;
        }
        claims(details, id, true);
        groups(details.path("groupOverrideDetails"), id, access);
    }

    static void applyV2(JsonNode details, Map<String, Object> id, Map<String, Object> access) {
        if (details == null || !details.isObject()) {
            return;
        }
        claims(details.path("idTokenGeneration"), id, false);
        JsonNode accessGeneration = details.path("accessTokenGeneration");
        claims(accessGeneration, access, false);
        scopes(accessGeneration, access);
        groups(details.path("groupOverrideDetails"), id, access);
    }

    private static void claims(JsonNode generation, Map<String, Object> claims, boolean strings) {
        if (!generation.isObject()) {
            return;
        }
        generation
                .path("claimsToAddOrOverride")
                .fields()
                .forEachRemaining(
                        e -> {
                            if (!RESERVED.contains(e.getKey())) {
                                claims.put(e.getKey(), value(e.getValue(), strings));
                            }
                        });
        generation
                .path("claimsToSuppress")
                .forEach(
                        name -> {
                            if (!RESERVED.contains(name.asText())) {
                                claims.remove(name.asText());
                            }
                        });
    }

    private static Object value(JsonNode value, boolean strings) {
        if (strings || value.isTextual()) {
            return value.asText();
        }
        return JSON.convertValue(value, Object.class);
    }

    private static void scopes(JsonNode generation, Map<String, Object> access) {
        if (!generation.isObject()) {
            return;
        }
        Set<String> scopes =
                new LinkedHashSet<>(Arrays.asList(String.valueOf(access.get("scope")).split(" ")));
        generation.path("scopesToAdd").forEach(s -> scopes.add(s.asText()));
        generation.path("scopesToSuppress").forEach(s -> scopes.remove(s.asText()));
        scopes.remove("");
        access.put("scope", String.join(" ", scopes));
    }

    private static void groups(
            JsonNode override, Map<String, Object> id, Map<String, Object> access) {
        if (!override.isObject()) {
            return;
        }
        if (override.has("groupsToOverride")) {
            List<String> groups = strings(override.get("groupsToOverride"));
            put(id, "cognito:groups", groups);
            put(access, "cognito:groups", groups);
        }
        if (override.has("iamRolesToOverride")) {
            put(id, "cognito:roles", strings(override.get("iamRolesToOverride")));
        }
        if (override.has("preferredRole")) {
            JsonNode preferred = override.get("preferredRole");
            if (preferred.isTextual() && !preferred.asText().isEmpty()) {
                id.put("cognito:preferred_role", preferred.asText());
            } else {
                id.remove("cognito:preferred_role");
            }
        }
    }

    private static void put(Map<String, Object> claims, String name, List<String> values) {
        if (values.isEmpty()) {
            claims.remove(name);
        } else {
            claims.put(name, values);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
