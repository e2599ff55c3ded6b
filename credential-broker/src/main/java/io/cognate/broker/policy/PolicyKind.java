package io.cognate.broker.policy;

/** What a document is for decides which elements it must, and must not, have. */
public enum PolicyKind {
    /** A permission policy attached to a role: Action and Resource, never a Principal. */
    IDENTITY,
    /** A role's trust (assume-role) policy: Principal and Action, never a Resource. */
    TRUST
}
