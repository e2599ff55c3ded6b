package io.cognate.identitypool.login.saml;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What IAM holds for a SAML provider, read from the IdP's metadata document: its entity id (the
 * {@code Issuer} its responses must carry) and the certificates of its {@code IDPSSODescriptor}
 * signing keys (a {@code KeyDescriptor} with {@code use="signing"} or no {@code use}). Only these
 * keys ever verify a response; a certificate inside a response is ignored.
 */
record SamlMetadata(String entityId, List<X509Certificate> signingCertificates) {

    static final String METADATA = "urn:oasis:names:tc:SAML:2.0:metadata";

    SamlMetadata {
        signingCertificates = List.copyOf(signingCertificates);
    }

    /** Parses metadata with the hardened parser; IllegalArgumentException names what is wrong. */
    static SamlMetadata parse(String xml) {
        Element root;
        try {
            root = SamlXml.parse(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the metadata is not well-formed XML", e);
        }
        if (!METADATA.equals(root.getNamespaceURI())
                || !"EntityDescriptor".equals(root.getLocalName())) {
            throw new IllegalArgumentException("the metadata is not an EntityDescriptor");
        }
        String entityId = SamlDom.attribute(root, "entityID");
        if (entityId == null || entityId.isBlank()) {
            throw new IllegalArgumentException("the metadata has no entityID");
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (Element idp : SamlDom.children(root, METADATA, "IDPSSODescriptor")) {
            for (Element key : SamlDom.children(idp, METADATA, "KeyDescriptor")) {
                String use = SamlDom.attribute(key, "use");
                if (use == null || "signing".equals(use)) {
                    certificates.addAll(certificates(key));
                }
            }
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("the metadata names no IdP signing certificate");
        }
        return new SamlMetadata(entityId, certificates);
    }

    private static List<X509Certificate> certificates(Element keyDescriptor) {
        List<X509Certificate> found = new ArrayList<>();
        NodeList nodes = keyDescriptor.getElementsByTagNameNS(SamlDom.DSIG, "X509Certificate");
        for (int i = 0; i < nodes.getLength(); i++) {
            String base64 = nodes.item(i).getTextContent().replaceAll("\\s", "");
            try {
                found.add(
                        (X509Certificate)
                                CertificateFactory.getInstance("X.509")
                                        .generateCertificate(
                                                new ByteArrayInputStream(
                                                        Base64.getDecoder().decode(base64))));
            } catch (CertificateException | IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "the metadata holds an unreadable certificate", e);
            }
        }
        return found;
    }
}
