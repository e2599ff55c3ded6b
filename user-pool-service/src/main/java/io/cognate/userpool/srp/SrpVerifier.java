package io.cognate.userpool.srp;

/**
 * What a user needs stored for SRP sign-in (reference §3.2).
 *
 * @param salt 16 random bytes as 32 lowercase hex digits, returned as {@code SALT}
 * @param verifier {@code v = g^x mod N} as lowercase hex
 */
public record SrpVerifier(String salt, String verifier) {}
