package io.cognate.identitypool.login.saml;

import static io.cognate.identitypool.login.saml.SamlDom.ASSERTION;
import static io.cognate.identitypool.login.saml.SamlDom.DSIG;
import static io.cognate.identitypool.login.saml.SamlDom.PROTOCOL;
import static io.cognate.identitypool.login.saml.SamlDom.invalid;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Finds the one assertion of a SAML {@code Response} and proves it signed, against signature
 * wrapping (ruby-saml CVE-2024-45409 and its ancestors): the document must be a Response holding
 * exactly one Assertion (anywhere), as its direct child; {@code ID} values are unique across the
 * whole document; signatures may sit only directly in the Response or the Assertion; every
 * signature present must verify, and at least one of them must cover the assertion (its own, or the
 * Response's, which envelopes it). Encrypted assertions are not supported and refused.
 */
final class SamlResponses {

    /** The signed assertion element and whether the Response envelope is signed too. */
    record Signed(Element response, Element assertion, boolean responseSigned) {}

    private SamlResponses() {}

    static Signed verify(Document document, SamlMetadata provider) {
        Element response = document.getDocumentElement();
        if (!PROTOCOL.equals(response.getNamespaceURI())
                || !"Response".equals(response.getLocalName())) {
            throw invalid("Not a SAML 2.0 Response.");
        }
        if (document.getElementsByTagNameNS(ASSERTION, "EncryptedAssertion").getLength() > 0) {
            throw invalid("Encrypted SAML assertions are not supported.");
        }
        NodeList assertions = document.getElementsByTagNameNS(ASSERTION, "Assertion");
        if (assertions.getLength() != 1 || assertions.item(0).getParentNode() != response) {
            throw invalid("The SAML response must hold exactly one assertion.");
        }
        Element assertion = (Element) assertions.item(0);
        requireUniqueIds(document);
        Element responseSignature = SamlDom.optionalChild(response, DSIG, "Signature");
        Element assertionSignature = SamlDom.optionalChild(assertion, DSIG, "Signature");
        int placed = (responseSignature == null ? 0 : 1) + (assertionSignature == null ? 0 : 1);
        if (document.getElementsByTagNameNS(DSIG, "Signature").getLength() != placed) {
            throw invalid("The SAML response carries a signature in an unexpected place.");
        }
        if (placed == 0) {
            throw invalid("The SAML assertion is not signed.");
        }
        List<java.security.cert.X509Certificate> keys = provider.signingCertificates();
        if (responseSignature != null
                && !SamlSignatures.verifies(response, responseSignature, keys)) {
            throw invalid("The SAML response signature is invalid.");
        }
        if (assertionSignature != null
                && !SamlSignatures.verifies(assertion, assertionSignature, keys)) {
            throw invalid("The SAML assertion signature is invalid.");
        }
        return new Signed(response, assertion, responseSignature != null);
    }

    /** Two elements with one {@code ID} are how a wrapped copy hides behind a signed one. */
    private static void requireUniqueIds(Document document) {
        NodeList all = document.getElementsByTagName("*");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String id = SamlDom.attribute(element, "ID");
            if (id != null && !seen.add(id)) {
                throw invalid("The SAML response repeats an ID.");
            }
        }
    }
}
