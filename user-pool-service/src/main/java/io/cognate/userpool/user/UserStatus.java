package io.cognate.userpool.user;

/** The {@code UserStatusType} values a local user of Cognate can have. */
public enum UserStatus {
    /** Signed up, not yet confirmed. */
    UNCONFIRMED,
    CONFIRMED,
    /** Created by an administrator or given a temporary password: must choose a new one. */
    FORCE_CHANGE_PASSWORD,
    /** An administrator reset the password: the user must set a new one with a code. */
    RESET_REQUIRED
}
