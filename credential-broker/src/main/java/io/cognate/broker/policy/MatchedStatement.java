package io.cognate.broker.policy;

/**
 * A statement that decided an evaluation.
 *
 * @param policyName the name the caller gave the policy (role inline policy name, {@code trust}, …)
 * @param sid the statement's {@code Sid}, or {@code null} when it has none
 * @param index the statement's position in the document's {@code Statement} list, from 0
 * @param effect the statement's effect
 */
public record MatchedStatement(String policyName, String sid, int index, Effect effect) {}
