package io.cognate.identitypool.login;

/**
 * Which step of the enhanced flow a {@code Logins} map is presented to. Single-use login tokens
 * (SAML assertions) may serve each step once: a SAML app sends one response to GetId and then to
 * GetCredentialsForIdentity, as with any other provider's token, and a replay of either fails.
 */
public enum LoginStep {
    /** GetId: which identity the logins belong to. */
    IDENTIFY,
    /** GetOpenIdToken, GetCredentialsForIdentity, UnlinkIdentity: acting as that identity. */
    ACCESS
}
