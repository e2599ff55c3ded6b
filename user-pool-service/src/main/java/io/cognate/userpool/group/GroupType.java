package io.cognate.userpool.group;

import java.time.Instant;

/**
 * The model's {@code GroupType}; absent members (no description, role or precedence) are omitted.
 */
public record GroupType(
        String groupName,
        String userPoolId,
        String description,
        String roleArn,
        Integer precedence,
        Instant lastModifiedDate,
        Instant creationDate) {

    static GroupType of(GroupEntity group) {
        return new GroupType(
                group.name,
                group.userPoolId,
                group.description,
                group.roleArn,
                group.precedence,
                group.lastModifiedAt,
                group.createdAt);
    }
}
