package io.cognate.broker.role;

import java.time.Instant;
import java.util.List;

/**
 * One row of {@code role}: an IAM role with its trust policy (as submitted) and tags.
 *
 * @param roleId {@code AROA} + 17 characters, unique forever (a re-created role gets a new one)
 */
public record RoleEntity(
        String roleId,
        String roleName,
        String path,
        String arn,
        String assumeRolePolicy,
        String description,
        int maxSessionDuration,
        List<Tag> tags,
        Instant createdAt) {

    public RoleEntity {
        tags = List.copyOf(tags);
    }

    RoleEntity withTrustPolicy(String document) {
        return new RoleEntity(
                roleId,
                roleName,
                path,
                arn,
                document,
                description,
                maxSessionDuration,
                tags,
                createdAt);
    }

    RoleEntity withTags(List<Tag> newTags) {
        return new RoleEntity(
                roleId,
                roleName,
                path,
                arn,
                assumeRolePolicy,
                description,
                maxSessionDuration,
                newTags,
                createdAt);
    }
}
