package io.cognate.broker.access;

/**
 * A trust policy's answer.
 *
 * @param allowed whether the principal may perform the action
 * @param reason why not (or which statement allowed), for the {@code CredentialsDenied} event and
 *     logs; never shown to the caller, who gets AWS's generic {@code AccessDenied}
 */
public record TrustDecision(boolean allowed, String reason) {

    public static TrustDecision allow(String reason) {
        return new TrustDecision(true, reason);
    }

    public static TrustDecision deny(String reason) {
        return new TrustDecision(false, reason);
    }
}
