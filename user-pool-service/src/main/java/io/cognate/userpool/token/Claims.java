package io.cognate.userpool.token;

import io.cognate.userpool.group.GroupEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The claim sets of Cognito's ID and access tokens (cognito.md §2.2, §2.3), in Cognito's order.
 * {@code origin_jti} only when the client enables token revocation; groups and roles only when the
 * user has them; attributes in the ID token only when the client may read them, {@code *_verified}
 * as JSON booleans and everything else, custom attributes included, as strings.
 */
final class Claims {

    /** The only scope of tokens from the API sign-in flows. */
    static final String USER_ADMIN_SCOPE = "aws.cognito.signin.user.admin";

    /** Standard attributes that are JSON booleans in tokens (stored as "true"/"false"). */
    private static final java.util.Set<String> VERIFIED_FLAGS =
            java.util.Set.of("email_verified", "phone_number_verified");

    private Claims() {}

    static Map<String, Object> idToken(
            String issuer,
            TokenSubject user,
            TokenSession session,
            Instant issuedAt,
            String eventId,
            String jti) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", user.sub().toString());
        List<GroupEntity> groups = user.groups();
        if (!groups.isEmpty()) {
            claims.put("cognito:groups", groups.stream().map(g -> g.name).toList());
            List<String> roles = roles(groups);
            if (!roles.isEmpty()) {
                claims.put("cognito:roles", roles);
            }
            String preferred = preferredRole(groups);
            if (preferred != null) {
                claims.put("cognito:preferred_role", preferred);
            }
        }
        claims.put("iss", issuer);
        claims.put("cognito:username", user.username());
        if (session.client().enableTokenRevocation()) {
            claims.put("origin_jti", session.originJti().toString());
        }
        claims.put("aud", session.client().clientId());
        claims.put("event_id", eventId);
        claims.put("token_use", "id");
        claims.put("auth_time", session.authTime().getEpochSecond());
        claims.put("exp", issuedAt.plus(session.client().idTokenValidity()).getEpochSecond());
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("jti", jti);
        readableAttributes(user, session).forEach(claims::put);
        return claims;
    }

    static Map<String, Object> accessToken(
            String issuer,
            TokenSubject user,
            TokenSession session,
            Instant issuedAt,
            String eventId,
            String jti) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", user.sub().toString());
        if (session.deviceKey() != null) {
            claims.put("device_key", session.deviceKey());
        }
        if (!user.groups().isEmpty()) {
            claims.put("cognito:groups", user.groups().stream().map(g -> g.name).toList());
        }
        claims.put("iss", issuer);
        claims.put("client_id", session.client().clientId());
        if (session.client().enableTokenRevocation()) {
            claims.put("origin_jti", session.originJti().toString());
        }
        claims.put("event_id", eventId);
        claims.put("token_use", "access");
        claims.put("scope", USER_ADMIN_SCOPE);
        claims.put("auth_time", session.authTime().getEpochSecond());
        claims.put("exp", issuedAt.plus(session.client().accessTokenValidity()).getEpochSecond());
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("jti", jti);
        claims.put("username", user.username());
        claims.put("version", 2);
        return claims;
    }

    /** The distinct role ARNs of the user's groups, in group order. */
    static List<String> roles(List<GroupEntity> groups) {
        LinkedHashSet<String> roles = new LinkedHashSet<>();
        groups.stream().map(g -> g.roleArn).filter(Objects::nonNull).forEach(roles::add);
        return new ArrayList<>(roles);
    }

    /**
     * The role of the group with the lowest precedence among groups with a role; none when two such
     * groups share that precedence (or both have none) with different roles.
     */
    static String preferredRole(List<GroupEntity> groups) {
        List<GroupEntity> withRole = groups.stream().filter(g -> g.roleArn != null).toList();
        if (withRole.isEmpty()) {
            return null;
        }
        GroupEntity first = withRole.get(0);
        boolean ambiguous =
                withRole.stream()
                        .skip(1)
                        .anyMatch(
                                g ->
                                        Objects.equals(g.precedence, first.precedence)
                                                && !g.roleArn.equals(first.roleArn));
        return ambiguous ? null : first.roleArn;
    }

    private static Map<String, Object> readableAttributes(TokenSubject user, TokenSession session) {
        List<String> readable = session.client().readAttributes();
        Map<String, Object> attributes = new TreeMap<>();
        user.attributes()
                .forEach(
                        (name, value) -> {
                            if (readable.isEmpty() || readable.contains(name)) {
                                attributes.put(name, typed(name, value));
                            }
                        });
        return attributes;
    }

    private static Object typed(String name, String value) {
        if (VERIFIED_FLAGS.contains(name)) {
            return Boolean.parseBoolean(value);
        }
        return value;
    }
}
