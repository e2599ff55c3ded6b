package io.cognate.userpool.mfa;

/** What checking a second-factor code found; sign-in maps each to Cognito's answer. */
public enum CodeVerdict {
    ACCEPTED,
    /** Wrong code (counted where codes are attempt-limited). */
    MISMATCH,
    /** The SMS / email code expired. */
    EXPIRED,
    /** A TOTP code already accepted once. */
    REUSED,
    /** No code or authenticator to check against (never sent, burnt, not set up). */
    MISSING
}
