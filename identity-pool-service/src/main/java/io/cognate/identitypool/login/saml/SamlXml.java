package io.cognate.identitypool.login.saml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one XML parser SAML input goes through (SECURITY-CASES 9): the JDK's built-in parser (never
 * one a dependency brings) with DOCTYPE declarations refused outright, so no DTD, external entity
 * or entity expansion is ever processed; no XInclude; at most {@link #MAX_DEPTH} levels of
 * elements; and input bounded before parsing. The document is parsed once and the same DOM is both
 * verified and read, so there is no parser differential to exploit.
 */
final class SamlXml {

    /**
     * Above what a Logins value (50,000 characters of base64) can carry: a second line of defence.
     */
    static final int MAX_BYTES = 64 * 1024;

    /** SAML responses nest about ten levels deep; anything far deeper is an attack. */
    static final int MAX_DEPTH = 48;

    private static final Pattern WHITESPACE = Pattern.compile("[\\r\\n\\t ]");

    private SamlXml() {}

    /** The document a base64 {@code Logins} value holds, or NotAuthorizedException. */
    static Document parseBase64(String value) {
        if (value == null || value.length() > MAX_BYTES * 4 / 3 + 4) {
            throw SamlDom.invalid("The SAML response is too large.");
        }
        byte[] xml;
        try {
            // Line breaks are usual in HTTP-POST bindings; any other stray character is refused.
            xml = Base64.getDecoder().decode(WHITESPACE.matcher(value).replaceAll(""));
        } catch (IllegalArgumentException e) {
            throw SamlDom.invalid("The SAML response is not base64.");
        }
        return parse(xml);
    }

    /** A hardened parse of trusted or untrusted XML; NotAuthorizedException when refused. */
    static Document parse(byte[] xml) {
        if (xml.length > MAX_BYTES) {
            throw SamlDom.invalid("The SAML response is too large.");
        }
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setErrorHandler(RETHROW);
            builder.setEntityResolver(
                    (publicId, systemId) -> {
                        throw new SAXException("external entities are not allowed");
                    });
            Document document = builder.parse(new ByteArrayInputStream(xml));
            requireDepth(document.getDocumentElement());
            return document;
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw SamlDom.invalid(
                    "The SAML response is not well-formed or uses refused XML features.");
        }
    }

    private static void requireDepth(Element root) {
        List<Node> level = List.of(root);
        for (int depth = 1; !level.isEmpty(); depth++) {
            if (depth > MAX_DEPTH) {
                throw SamlDom.invalid("The SAML response is nested too deeply.");
            }
            List<Node> next = new ArrayList<>();
            for (Node node : level) {
                for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element) {
                        next.add(n);
                    }
                }
            }
            level = next;
        }
    }

    private static final ErrorHandler RETHROW =
            new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {}

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            };

    private static final DocumentBuilderFactory FACTORY = hardenedFactory();

    private static DocumentBuilderFactory hardenedFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        try {
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(
                    "http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            // The JDK parser stops at this depth while parsing, before a deep document is built.
            factory.setAttribute("jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH));
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("the JDK XML parser cannot be hardened", e);
        }
        return factory;
    }
}
