package io.cognate.contracts.events.userpool;

import io.cognate.contracts.events.EventMetadata;

/**
 * A sign-in attempt was refused. Never carries the password, a code or a token.
 *
 * @param sub the user's sub, null when the name matched no user
 * @param username the name the attempt used (as typed)
 * @param reason why: {@code WRONG_PASSWORD}, {@code UNKNOWN_USER}, {@code LOCKED_OUT}, {@code
 *     USER_DISABLED}, {@code USER_NOT_CONFIRMED}, {@code PASSWORD_RESET_REQUIRED}, {@code
 *     TEMPORARY_PASSWORD_EXPIRED}, {@code INVALID_SESSION}
 */
public record SignInFailed(
        EventMetadata metadata,
        String userPoolId,
        String sub,
        String username,
        String clientId,
        String authFlow,
        String reason,
        String sourceIp)
        implements SignInEvent {

    @Override
    public String aggregateId() {
        return sub != null ? sub : username;
    }
}
