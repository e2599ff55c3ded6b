package io.cognate.identitypool.credentials;

import io.cognate.identitypool.identitypool.IdentityPoolView;
import io.cognate.identitypool.login.CognitoIdentityLoginValidator;
import io.cognate.identitypool.login.VerifiedLogin;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The session tags of a credentials request (attributes for access control): for each presented
 * login whose provider has a principal-tag map, tag key → the value of the mapped claim. A
 * developer-authenticated login brings the tags its token was issued with. Claims that are absent
 * or not a single value are left out, as are tags beyond STS's limits (50 tags, values of 256
 * characters); the first login to set a key wins.
 */
final class PrincipalTags {

    static final int MAX_TAGS = 50;
    static final int MAX_VALUE = 256;
    private static final String TAGS_CLAIM = "https://aws.amazon.com/tags";

    private PrincipalTags() {}

    static Map<String, String> of(IdentityPoolView pool, List<VerifiedLogin> logins) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (VerifiedLogin login : logins) {
            if (CognitoIdentityLoginValidator.PROVIDER.equals(login.providerName())) {
                issuedWith(login.claims()).forEach((k, v) -> put(tags, k, v));
                continue;
            }
            Map<String, String> map = pool.principalTagAttributes().get(login.providerName());
            if (map == null) {
                continue;
            }
            map.forEach((tagKey, claim) -> put(tags, tagKey, scalar(login.claims().get(claim))));
        }
        return tags;
    }

    /** {@code principal_tags} of a token this service issued: key → the first value. */
    private static Map<String, String> issuedWith(Map<String, Object> claims) {
        Map<String, String> tags = new LinkedHashMap<>();
        if (claims.get(TAGS_CLAIM) instanceof Map<?, ?> claim
                && claim.get("principal_tags") instanceof Map<?, ?> principal) {
            principal.forEach(
                    (k, v) -> {
                        if (k instanceof String key
                                && v instanceof List<?> values
                                && !values.isEmpty()) {
                            tags.put(key, scalar(values.get(0)));
                        }
                    });
        }
        return tags;
    }

    private static void put(Map<String, String> tags, String key, String value) {
        if (value != null
                && value.length() <= MAX_VALUE
                && tags.size() < MAX_TAGS
                && !tags.containsKey(key)) {
            tags.put(key, value);
        }
    }

    private static String scalar(Object claim) {
        return claim instanceof String || claim instanceof Number || claim instanceof Boolean
                ? String.valueOf(claim)
                : null;
    }
}
