package io.cognate.userpool.token.refresh;

/**
 * A refresh token accepted for a client.
 *
 * @param family its sign-in lineage
 * @param holder its user, read with it (null only if the user vanished meanwhile)
 * @param issueReplacement true when rotation requires a new refresh token in the answer
 */
public record Redemption(TokenFamilyEntity family, TokenHolder holder, boolean issueReplacement) {}
