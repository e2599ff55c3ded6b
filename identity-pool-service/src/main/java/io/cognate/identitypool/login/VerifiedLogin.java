package io.cognate.identitypool.login;

import java.util.List;
import java.util.Map;

/**
 * One {@code Logins} entry after its token was verified.
 *
 * @param providerName the {@code Logins} key
 * @param subject who the provider says the user is (the key of the link to an identity)
 * @param amr the provider's {@code amr} entries in the identity's OpenID token
 * @param claims the verified token's claims (role mapping rules and principal tags read them)
 * @param roleMappingKey the key of this login's {@code RoleMappings} entry ({@code
 *     <provider>:<clientId>} for user pools), or null when role mappings never apply
 */
public record VerifiedLogin(
        String providerName,
        String subject,
        List<String> amr,
        Map<String, Object> claims,
        String roleMappingKey) {

    @Override
    public String toString() {
        return "VerifiedLogin[providerName=" + providerName + ", claims redacted]";
    }
}
