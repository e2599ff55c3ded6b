package io.cognate.broker.policy;

/** The outcome of an evaluation, in IAM's order of precedence. */
public enum DecisionEffect {
    /** At least one statement allows and none denies. */
    ALLOW,
    /** A matching Deny statement; nothing can override it. */
    EXPLICIT_DENY,
    /** No statement matched: denied by default. */
    IMPLICIT_DENY
}
