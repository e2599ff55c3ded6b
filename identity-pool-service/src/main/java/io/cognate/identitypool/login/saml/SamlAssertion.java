package io.cognate.identitypool.login.saml;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A SAML assertion that passed every check, read only from signed content.
 *
 * @param id the assertion's {@code ID}, the key of replay protection
 * @param nameId the whole {@code Subject/NameID} text, the identity's subject at this provider
 * @param acceptableUntil the last instant the assertion would still be accepted (skew included)
 * @param attributes {@code AttributeStatement} values by attribute {@code Name}, in order
 */
record SamlAssertion(
        String id, String nameId, Instant acceptableUntil, Map<String, List<String>> attributes) {

    @Override
    public String toString() {
        return "SamlAssertion[id=" + id + ", subject and attributes redacted]";
    }
}
