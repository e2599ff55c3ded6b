package io.cognate.broker.policy;

/** A statement's {@code Effect}. */
public enum Effect {
    ALLOW("Allow"),
    DENY("Deny");

    private final String wireName;

    Effect(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in policy documents: {@code Allow} or {@code Deny}. */
    public String wireName() {
        return wireName;
    }
}
