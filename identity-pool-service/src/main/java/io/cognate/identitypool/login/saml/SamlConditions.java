package io.cognate.identitypool.login.saml;

import static io.cognate.identitypool.login.saml.SamlDom.ASSERTION;
import static io.cognate.identitypool.login.saml.SamlDom.PROTOCOL;
import static io.cognate.identitypool.login.saml.SamlDom.attribute;
import static io.cognate.identitypool.login.saml.SamlDom.invalid;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * What AWS requires of a SAML response beyond its signature (IAM user guide, "Configure SAML
 * assertions for the authentication response"): status Success; {@code Issuer} = the provider's
 * entity id; exactly one bearer {@code SubjectConfirmation} whose data has a {@code Recipient} of
 * AWS's sign-in endpoint and a {@code NotOnOrAfter}; every {@code AudienceRestriction} naming AWS
 * ({@code urn:amazon:webservices}); {@code NotBefore}/{@code NotOnOrAfter} within the allowed skew;
 * a {@code Destination}, when present, of that endpoint. AWS never sends an AuthnRequest for these
 * logins, so a response {@code InResponseTo} anything answers a request that was not made: refused.
 */
final class SamlConditions {

    static final String BEARER = "urn:oasis:names:tc:SAML:2.0:cm:bearer";
    static final String SUCCESS = "urn:oasis:names:tc:SAML:2.0:status:Success";
    static final Set<String> AUDIENCES =
            Set.of("urn:amazon:webservices", "https://signin.aws.amazon.com/saml");

    private final Set<String> recipients;
    private final Duration skew;

    /** {@code region}: AWS's regional sign-in endpoint of it is accepted beside the global one. */
    SamlConditions(String region, Duration skew) {
        this.recipients =
                Set.of(
                        "https://signin.aws.amazon.com/saml",
                        "https://" + region + ".signin.aws.amazon.com/saml");
        this.skew = skew;
    }

    SamlAssertion check(SamlResponses.Signed signed, SamlMetadata provider, Instant now) {
        Element response = signed.response();
        Element assertion = signed.assertion();
        requireSuccess(response);
        String destination = attribute(response, "Destination");
        if (destination != null && !recipients.contains(destination)) {
            throw invalid("The SAML response Destination is not AWS's sign-in endpoint.");
        }
        if (attribute(response, "InResponseTo") != null) {
            throw invalid("The SAML response answers a request that was not made.");
        }
        Element responseIssuer = SamlDom.optionalChild(response, ASSERTION, "Issuer");
        if (responseIssuer != null
                && !provider.entityId().equals(SamlDom.text(responseIssuer).strip())) {
            throw invalid("The SAML response Issuer is not the provider's entity id.");
        }
        if (!provider.entityId()
                .equals(
                        SamlDom.text(SamlDom.requiredChild(assertion, ASSERTION, "Issuer"))
                                .strip())) {
            throw invalid("The SAML assertion Issuer is not the provider's entity id.");
        }
        Element subject = SamlDom.requiredChild(assertion, ASSERTION, "Subject");
        String nameId = SamlDom.text(SamlDom.requiredChild(subject, ASSERTION, "NameID"));
        if (nameId.isBlank() || nameId.length() > 1024) {
            throw invalid("The SAML NameID is empty or too long.");
        }
        Instant until = confirmation(subject, now);
        Element conditions = SamlDom.requiredChild(assertion, ASSERTION, "Conditions");
        until = window(conditions, until, now);
        requireAudience(conditions);
        String id = attribute(assertion, "ID");
        if (id == null || id.isEmpty() || id.length() > 256) {
            throw invalid("The SAML assertion ID is missing or too long.");
        }
        return new SamlAssertion(id, nameId, until.plus(skew), SamlAttributes.of(assertion));
    }

    private static void requireSuccess(Element response) {
        Element status = SamlDom.requiredChild(response, PROTOCOL, "Status");
        Element code = SamlDom.requiredChild(status, PROTOCOL, "StatusCode");
        if (!SUCCESS.equals(attribute(code, "Value"))) {
            throw invalid("The SAML response status is not Success.");
        }
    }

    /** The one bearer confirmation: Recipient, NotOnOrAfter required; its NotOnOrAfter back. */
    private Instant confirmation(Element subject, Instant now) {
        List<Element> confirmations = SamlDom.children(subject, ASSERTION, "SubjectConfirmation");
        if (confirmations.size() != 1
                || !BEARER.equals(attribute(confirmations.get(0), "Method"))) {
            throw invalid("The SAML subject needs exactly one bearer SubjectConfirmation.");
        }
        Element data =
                SamlDom.requiredChild(confirmations.get(0), ASSERTION, "SubjectConfirmationData");
        if (!recipients.contains(attribute(data, "Recipient"))) {
            throw invalid("The SAML Recipient is not AWS's sign-in endpoint.");
        }
        if (attribute(data, "InResponseTo") != null) {
            throw invalid("The SAML response answers a request that was not made.");
        }
        if (attribute(data, "NotOnOrAfter") == null) {
            throw invalid("The SAML SubjectConfirmationData lacks NotOnOrAfter.");
        }
        return window(data, null, now);
    }

    /**
     * Checks NotBefore/NotOnOrAfter of {@code element}; the earlier expiry of it and {@code until}.
     */
    private Instant window(Element element, Instant until, Instant now) {
        Instant notBefore = instant(element, "NotBefore");
        Instant notOnOrAfter = instant(element, "NotOnOrAfter");
        if (notBefore != null && now.plus(skew).isBefore(notBefore)) {
            throw invalid("The SAML assertion is not valid yet.");
        }
        if (notOnOrAfter != null && !now.minus(skew).isBefore(notOnOrAfter)) {
            throw invalid("The SAML assertion has expired.");
        }
        if (notOnOrAfter == null) {
            return until;
        }
        return until == null || notOnOrAfter.isBefore(until) ? notOnOrAfter : until;
    }

    private static void requireAudience(Element conditions) {
        List<Element> restrictions = SamlDom.children(conditions, ASSERTION, "AudienceRestriction");
        if (restrictions.isEmpty()) {
            throw invalid("The SAML assertion has no audience restriction.");
        }
        for (Element restriction : restrictions) {
            boolean ours =
                    SamlDom.children(restriction, ASSERTION, "Audience").stream()
                            .anyMatch(a -> AUDIENCES.contains(SamlDom.text(a).strip()));
            if (!ours) {
                throw invalid("The SAML assertion is meant for another audience.");
            }
        }
    }

    private static Instant instant(Element element, String name) {
        String value = attribute(element, name);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid("The SAML time " + name + " is not a valid instant.");
        }
    }
}
