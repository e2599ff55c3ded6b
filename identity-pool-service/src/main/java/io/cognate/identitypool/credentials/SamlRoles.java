package io.cognate.identitypool.credentials;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.identitypool.login.VerifiedLogin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The roles a SAML IdP grants in its assertion (Cognito developer guide, SAML identity providers):
 * the {@code https://aws.amazon.com/SAML/Attributes/Role} attribute holds {@code <role
 * ARN>,<provider ARN>} pairs (either order); only pairs naming the login's own provider count. One
 * role is taken; among several, {@code CustomRoleArn} must choose, as Cognito asks of SAML apps.
 * Applies when the pool has no role mapping for the provider.
 */
final class SamlRoles {

    static final String ROLE_ATTRIBUTE = "https://aws.amazon.com/SAML/Attributes/Role";

    private SamlRoles() {}

    /** The role granted by the first SAML login that names roles, empty when none does. */
    static Optional<String> resolve(List<VerifiedLogin> logins, String customRoleArn) {
        for (VerifiedLogin login : logins) {
            List<String> roles = granted(login);
            if (roles.isEmpty()) {
                continue;
            }
            if (customRoleArn != null) {
                if (!roles.contains(customRoleArn)) {
                    throw new NotAuthorizedException(
                            "The role "
                                    + customRoleArn
                                    + " is not one of the roles this login may assume.");
                }
                return Optional.of(customRoleArn);
            }
            if (roles.size() > 1) {
                throw new NotAuthorizedException(
                        "The SAML assertion grants several roles: choose one with CustomRoleArn.");
            }
            return Optional.of(roles.get(0));
        }
        return Optional.empty();
    }

    private static List<String> granted(VerifiedLogin login) {
        Object claim = login.claims().get(ROLE_ATTRIBUTE);
        List<?> values =
                claim instanceof List<?> list ? list : claim == null ? List.of() : List.of(claim);
        List<String> roles = new ArrayList<>();
        for (Object value : values) {
            String[] pair = String.valueOf(value).split(",");
            if (pair.length != 2) {
                continue;
            }
            String first = pair[0].strip();
            String second = pair[1].strip();
            String role =
                    second.equals(login.providerName())
                            ? first
                            : first.equals(login.providerName()) ? second : null;
            if (role != null && role.contains(":role/") && !roles.contains(role)) {
                roles.add(role);
            }
        }
        return roles;
    }
}
