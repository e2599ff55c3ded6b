package io.cognate.broker.role;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * IAM's {@code Role} shape as the operations return it. Policy documents go out URL-encoded, as IAM
 * sends them (the AWS CLI decodes them; SDK users URL-decode). ListRoles leaves out {@code Tags}
 * and {@code RoleLastUsed}, as IAM does.
 */
public record Role(
        String path,
        String roleName,
        String roleId,
        String arn,
        Instant createDate,
        String assumeRolePolicyDocument,
        String description,
        Integer maxSessionDuration,
        List<Tag> tags,
        RoleLastUsed roleLastUsed) {

    /** Never used yet: IAM answers an empty {@code RoleLastUsed} for such roles. */
    public record RoleLastUsed() {}

    static Role detailed(RoleEntity role) {
        return new Role(
                role.path(),
                role.roleName(),
                role.roleId(),
                role.arn(),
                role.createdAt(),
                urlEncoded(role.assumeRolePolicy()),
                role.description(),
                role.maxSessionDuration(),
                role.tags().isEmpty() ? null : role.tags(),
                new RoleLastUsed());
    }

    static Role listed(RoleEntity role) {
        return new Role(
                role.path(),
                role.roleName(),
                role.roleId(),
                role.arn(),
                role.createdAt(),
                urlEncoded(role.assumeRolePolicy()),
                role.description(),
                role.maxSessionDuration(),
                null,
                null);
    }

    /** RFC 3986 style: spaces as {@code %20}, so any URL decoder gets the document back. */
    static String urlEncoded(String document) {
        return URLEncoder.encode(document, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
