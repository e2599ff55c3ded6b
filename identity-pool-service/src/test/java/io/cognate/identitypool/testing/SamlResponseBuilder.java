package io.cognate.identitypool.testing;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Builds SAML 2.0 Responses as an IdP would, signed for real with the JDK's XMLSignatureFactory
 * (enveloped, exclusive c14n, RSA-SHA256 by default) by the test IdP's key ({@link SamlIdp}). Every
 * default is what Cognate must accept; each setter breaks one thing for an attack test.
 */
public final class SamlResponseBuilder {

    public static final String AWS = "https://signin.aws.amazon.com/saml";
    public static final String P = "urn:oasis:names:tc:SAML:2.0:protocol";
    public static final String A = "urn:oasis:names:tc:SAML:2.0:assertion";
    public static final String DS = "http://www.w3.org/2000/09/xmldsig#";

    private final String nameId;
    private String assertionId = "_a" + UUID.randomUUID();
    private String issuer = SamlIdp.ENTITY_ID;
    private String recipient = AWS;
    private String audience = "urn:amazon:webservices";
    private String destination = AWS;
    private String inResponseTo;
    private String status = "urn:oasis:names:tc:SAML:2.0:status:Success";
    private Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private Instant confirmationUntil = now.plusSeconds(300);
    private boolean confirmationUntilSet = true;
    private final List<String> attributes = new ArrayList<>();
    private boolean signAssertion = true;
    private boolean signResponse;
    private String signatureMethod = SignatureMethod.RSA_SHA256;
    private String digestMethod = DigestMethod.SHA256;
    private PrivateKey key;
    private X509Certificate keyInfo;

    private SamlResponseBuilder(String nameId) {
        this.nameId = nameId;
    }

    public static SamlResponseBuilder response(String nameId) {
        return new SamlResponseBuilder(nameId);
    }

    public SamlResponseBuilder assertionId(String id) {
        this.assertionId = id;
        return this;
    }

    public SamlResponseBuilder issuer(String issuer) {
        this.issuer = issuer;
        return this;
    }

    public SamlResponseBuilder recipient(String recipient) {
        this.recipient = recipient;
        return this;
    }

    public SamlResponseBuilder audience(String audience) {
        this.audience = audience;
        return this;
    }

    public SamlResponseBuilder destination(String destination) {
        this.destination = destination;
        return this;
    }

    public SamlResponseBuilder inResponseTo(String id) {
        this.inResponseTo = id;
        return this;
    }

    public SamlResponseBuilder status(String status) {
        this.status = status;
        return this;
    }

    /** Shifts the whole validity window: IssueInstant, NotBefore and NotOnOrAfter. */
    public SamlResponseBuilder issuedAt(Instant at) {
        this.now = at;
        this.confirmationUntil = at.plusSeconds(300);
        return this;
    }

    public SamlResponseBuilder withoutConfirmationNotOnOrAfter() {
        this.confirmationUntilSet = false;
        return this;
    }

    public SamlResponseBuilder attribute(String name, String... values) {
        StringBuilder xml = new StringBuilder("<saml2:Attribute Name=\"" + esc(name) + "\">");
        for (String value : values) {
            xml.append("<saml2:AttributeValue>")
                    .append(esc(value))
                    .append("</saml2:AttributeValue>");
        }
        attributes.add(xml.append("</saml2:Attribute>").toString());
        return this;
    }

    /** Which elements carry a signature (the assertion only, by default). */
    public SamlResponseBuilder signed(boolean assertion, boolean response) {
        this.signAssertion = assertion;
        this.signResponse = response;
        return this;
    }

    public SamlResponseBuilder algorithms(String signatureMethod, String digestMethod) {
        this.signatureMethod = signatureMethod;
        this.digestMethod = digestMethod;
        return this;
    }

    /** Signs with another key, and puts its certificate into the signature's KeyInfo. */
    public SamlResponseBuilder signedBy(PrivateKey key, X509Certificate certificate) {
        this.key = key;
        this.keyInfo = certificate;
        return this;
    }

    public String assertionId() {
        return assertionId;
    }

    public String base64() {
        return base64(document());
    }

    /** The signed response as a DOM, for attacks that rearrange it after signing. */
    public Document document() {
        Document document = parse(xml());
        Element response = document.getDocumentElement();
        Element assertion = (Element) response.getElementsByTagNameNS(A, "Assertion").item(0);
        PrivateKey signingKey = key == null ? SamlIdp.key() : key;
        if (signAssertion) {
            sign(assertion, signingKey, first(assertion, "Subject"));
        }
        if (signResponse) {
            sign(response, signingKey, first(response, "Status"));
        }
        return document;
    }

    public static String base64(Document document) {
        return Base64.getEncoder()
                .encodeToString(serialize(document).getBytes(StandardCharsets.UTF_8));
    }

    public static String base64(String xml) {
        return Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
    }

    public static String serialize(Document document) {
        try {
            StringWriter out = new StringWriter();
            TransformerFactory.newInstance()
                    .newTransformer()
                    .transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (javax.xml.transform.TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String xml() {
        String until = confirmationUntilSet ? " NotOnOrAfter=\"" + confirmationUntil + "\"" : "";
        String answer = inResponseTo == null ? "" : " InResponseTo=\"" + esc(inResponseTo) + "\"";
        return "<saml2p:Response xmlns:saml2p=\""
                + P
                + "\" xmlns:saml2=\""
                + A
                + "\""
                + " ID=\"_r"
                + UUID.randomUUID()
                + "\" Version=\"2.0\" IssueInstant=\""
                + now
                + "\""
                + (destination == null ? "" : " Destination=\"" + esc(destination) + "\"")
                + answer
                + ">"
                + "<saml2:Issuer>"
                + esc(issuer)
                + "</saml2:Issuer>"
                + "<saml2p:Status><saml2p:StatusCode Value=\""
                + status
                + "\"/></saml2p:Status>"
                + "<saml2:Assertion ID=\""
                + esc(assertionId)
                + "\" Version=\"2.0\""
                + " IssueInstant=\""
                + now
                + "\">"
                + "<saml2:Issuer>"
                + esc(issuer)
                + "</saml2:Issuer>"
                + "<saml2:Subject><saml2:NameID"
                + " Format=\"urn:oasis:names:tc:SAML:2.0:nameid-format:persistent\">"
                + esc(nameId)
                + "</saml2:NameID>"
                + "<saml2:SubjectConfirmation Method=\"urn:oasis:names:tc:SAML:2.0:cm:bearer\">"
                + "<saml2:SubjectConfirmationData Recipient=\""
                + esc(recipient)
                + "\""
                + until
                + answer
                + "/></saml2:SubjectConfirmation></saml2:Subject>"
                + "<saml2:Conditions NotBefore=\""
                + now.minusSeconds(5)
                + "\" NotOnOrAfter=\""
                + now.plusSeconds(300)
                + "\"><saml2:AudienceRestriction><saml2:Audience>"
                + esc(audience)
                + "</saml2:Audience></saml2:AudienceRestriction></saml2:Conditions>"
                + "<saml2:AuthnStatement AuthnInstant=\""
                + now
                + "\"><saml2:AuthnContext>"
                + "<saml2:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:"
                + "PasswordProtectedTransport</saml2:AuthnContextClassRef></saml2:AuthnContext>"
                + "</saml2:AuthnStatement>"
                + (attributes.isEmpty()
                        ? ""
                        : "<saml2:AttributeStatement>"
                                + String.join("", attributes)
                                + "</saml2:AttributeStatement>")
                + "</saml2:Assertion></saml2p:Response>";
    }

    private void sign(Element element, PrivateKey signingKey, Element before) {
        try {
            XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
            Reference reference =
                    factory.newReference(
                            "#" + element.getAttribute("ID"),
                            factory.newDigestMethod(digestMethod, null),
                            List.of(
                                    factory.newTransform(
                                            Transform.ENVELOPED, (TransformParameterSpec) null),
                                    factory.newTransform(
                                            CanonicalizationMethod.EXCLUSIVE,
                                            (TransformParameterSpec) null)),
                            null,
                            null);
            SignedInfo info =
                    factory.newSignedInfo(
                            factory.newCanonicalizationMethod(
                                    CanonicalizationMethod.EXCLUSIVE,
                                    (C14NMethodParameterSpec) null),
                            factory.newSignatureMethod(signatureMethod, null),
                            List.of(reference));
            KeyInfoFactory keys = factory.getKeyInfoFactory();
            KeyInfo carried =
                    keys.newKeyInfo(
                            List.of(
                                    keys.newX509Data(
                                            List.of(
                                                    keyInfo == null
                                                            ? SamlIdp.certificate()
                                                            : keyInfo))));
            DOMSignContext context = new DOMSignContext(signingKey, element, before);
            context.setIdAttributeNS(element, null, "ID");
            context.setDefaultNamespacePrefix("ds");
            factory.newXMLSignature(info, carried).sign(context);
        } catch (GeneralSecurityException | MarshalException | XMLSignatureException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Element first(Element parent, String localName) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        throw new IllegalStateException(localName);
    }

    private static String esc(String value) {
        return value.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
