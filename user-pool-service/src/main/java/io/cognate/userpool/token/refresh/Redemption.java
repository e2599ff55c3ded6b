package io.cognate.userpool.token.refresh;

/**
 * A refresh token accepted for minting.
 *
 * @param family its sign-in lineage
 * @param issueReplacement true when rotation requires a new refresh token in the answer
 */
public record Redemption(TokenFamilyEntity family, boolean issueReplacement) {}
