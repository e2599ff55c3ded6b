package io.cognate.userpool.token;

import io.cognate.userpool.group.GroupEntity;
import io.cognate.userpool.membership.MembershipStore;
import io.cognate.userpool.token.refresh.TokenHolder;
import io.cognate.userpool.user.UserAccountEntity;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the tokens of a sign-in say about its user, read once in the caller's session.
 *
 * @param username the internal username ({@code cognito:username}, {@code username})
 * @param attributes every attribute but {@code sub}, as stored (strings)
 * @param groups the user's groups by precedence, lowest first
 * @param status the user's status ({@code cognito:user_status} for triggers)
 */
record TokenSubject(
        String userPoolId,
        UUID sub,
        String username,
        Map<String, String> attributes,
        List<GroupEntity> groups,
        String status) {

    static TokenSubject of(UserAccountEntity user, List<GroupEntity> groups) {
        return new TokenSubject(
                user.userPoolId,
                user.sub,
                user.username,
                Map.copyOf(user.attributes),
                groups,
                user.status.name());
    }

    static TokenSubject of(String userPoolId, UUID sub, TokenHolder holder) {
        return new TokenSubject(
                userPoolId,
                sub,
                holder.username(),
                holder.attributes(),
                MembershipStore.inTokenOrder(holder.groups()),
                holder.status());
    }
}
