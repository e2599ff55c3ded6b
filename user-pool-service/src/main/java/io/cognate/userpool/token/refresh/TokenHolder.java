package io.cognate.userpool.token.refresh;

import io.cognate.userpool.group.GroupEntity;
import java.util.List;
import java.util.Map;

/**
 * The user a refresh token belongs to, as its new tokens need them, read with the token.
 *
 * @param status the {@code UserStatusType} name
 * @param attributes every attribute but {@code sub}, as stored
 * @param groups the user's groups, in no particular order
 */
public record TokenHolder(
        String username,
        String status,
        boolean enabled,
        Map<String, String> attributes,
        List<GroupEntity> groups) {

    /** Never prints attributes: they are personal data. */
    @Override
    public String toString() {
        return "TokenHolder[" + username + "]";
    }
}
