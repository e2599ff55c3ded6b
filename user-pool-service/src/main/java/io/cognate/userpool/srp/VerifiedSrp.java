package io.cognate.userpool.srp;

/**
 * A PASSWORD_VERIFIER answer that proved knowledge of the password.
 *
 * @param username the internal username the proof was for ({@code USER_ID_FOR_SRP})
 */
public record VerifiedSrp(String username) {}
