package io.cognate.userpool.user;

import io.cognate.userpool.password.PasswordPolicy;
import io.cognate.userpool.userpool.UserPoolEntity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The settings of one pool that govern its users, read from the pool's settings document. */
record PoolRules(
        String userPoolId,
        boolean caseSensitive,
        List<String> usernameAttributes,
        List<String> aliasAttributes,
        Map<String, Map<String, Object>> schema,
        Map<String, Object> settings) {

    static PoolRules of(UserPoolEntity pool) {
        return of(pool.id, pool.settings);
    }

    static PoolRules of(String userPoolId, Map<String, Object> settings) {
        Map<String, Map<String, Object>> schema = new LinkedHashMap<>();
        for (Object attribute : list(settings.get("SchemaAttributes"))) {
            if (attribute instanceof Map<?, ?> a && a.get("Name") instanceof String name) {
                @SuppressWarnings("unchecked")
                Map<String, Object> typed = (Map<String, Object>) a;
                schema.put(name, typed);
            }
        }
        boolean caseSensitive =
                section(settings, "UsernameConfiguration").get("CaseSensitive") == Boolean.TRUE;
        return new PoolRules(
                userPoolId,
                caseSensitive,
                strings(settings.get("UsernameAttributes")),
                strings(settings.get("AliasAttributes")),
                schema,
                settings);
    }

    /** Case-insensitive pools (Cognito's default) compare usernames and aliases lower-cased. */
    String fold(String value) {
        return caseSensitive ? value : value.toLowerCase(Locale.ROOT);
    }

    /** Whether email / phone_number replace the username (the username is then the sub). */
    boolean usernameIsAttribute() {
        return !usernameAttributes.isEmpty();
    }

    PasswordPolicy passwordPolicy() {
        return PasswordPolicy.of(settings);
    }

    /** A nested settings object, empty when absent. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> section(Map<String, Object> settings, String name) {
        return settings.get(name) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    Map<String, Object> section(String name) {
        return section(settings, name);
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }

    private static List<String> strings(Object value) {
        return list(value).stream().map(String::valueOf).toList();
    }
}
