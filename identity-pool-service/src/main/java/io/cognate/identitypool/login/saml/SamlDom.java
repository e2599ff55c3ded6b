package io.cognate.identitypool.login.saml;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reading a parsed SAML document strictly: children by namespace and local name (a repeated single
 * child is refused, never resolved by taking the first), whole text values, attributes that tell
 * absent from empty; and the one way SAML input is refused.
 */
final class SamlDom {

    static final String PROTOCOL = "urn:oasis:names:tc:SAML:2.0:protocol";
    static final String ASSERTION = "urn:oasis:names:tc:SAML:2.0:assertion";
    static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";

    private SamlDom() {}

    /** Element children of {@code parent} with this namespace and local name. */
    static List<Element> children(Element parent, String ns, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e
                    && ns.equals(e.getNamespaceURI())
                    && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    /** The single such child, null when absent, refused when repeated. */
    static Element optionalChild(Element parent, String ns, String name) {
        List<Element> found = children(parent, ns, name);
        if (found.size() > 1) {
            throw invalid("The SAML response repeats " + name + ".");
        }
        return found.isEmpty() ? null : found.get(0);
    }

    static Element requiredChild(Element parent, String ns, String name) {
        Element child = optionalChild(parent, ns, name);
        if (child == null) {
            throw invalid("The SAML response lacks " + name + ".");
        }
        return child;
    }

    /**
     * The whole text of a simple element: every text and CDATA node, comments skipped but never
     * cutting the value short (a comment spliced into a signed NameID must not truncate it:
     * CVE-2017-11428). Elements inside a value are refused.
     */
    static String text(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            switch (n.getNodeType()) {
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> text.append(n.getNodeValue());
                case Node.COMMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE -> {}
                default ->
                        throw invalid(
                                "The SAML value of " + element.getLocalName() + " is not text.");
            }
        }
        return text.toString();
    }

    /** An attribute's value, null when absent (DOM answers "" for both). */
    static String attribute(Element element, String name) {
        return element.hasAttributeNS(null, name) ? element.getAttributeNS(null, name) : null;
    }

    static NotAuthorizedException invalid(String why) {
        return new NotAuthorizedException("Invalid login token. " + why);
    }
}
