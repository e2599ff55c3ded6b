package io.cognate.identitypool.login.saml;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorException;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import org.w3c.dom.Element;

/**
 * Verifies the enveloped XML signature of one SAML element with the JDK's XML DSig (JSR 105),
 * against the provider's configured certificates only: the {@link KeySelector} never looks at the
 * document's {@code KeyInfo}. The signature must have exactly one {@code Reference}, to {@code #} +
 * the ID of the element it sits in, resolved through that one element's ID registered explicitly
 * (no other element of the document resolves), with only the enveloped-signature and exclusive-c14n
 * transforms. RSA with SHA-256 or stronger only: SHA-1 is refused, as collisions on it are
 * practical and no current IdP needs it.
 */
final class SamlSignatures {

    private static final Set<String> SIGNATURE_METHODS =
            Set.of(
                    "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
                    "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384",
                    "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512");
    private static final Set<String> DIGEST_METHODS =
            Set.of(
                    "http://www.w3.org/2001/04/xmlenc#sha256",
                    "http://www.w3.org/2001/04/xmldsig-more#sha384",
                    "http://www.w3.org/2001/04/xmlenc#sha512");
    private static final Set<String> TRANSFORMS =
            Set.of(Transform.ENVELOPED, "http://www.w3.org/2001/10/xml-exc-c14n#");
    private static final Set<String> CANONICALIZATIONS =
            Set.of(
                    "http://www.w3.org/2001/10/xml-exc-c14n#",
                    "http://www.w3.org/2001/10/xml-exc-c14n#WithComments");

    private static final XMLSignatureFactory DSIG = XMLSignatureFactory.getInstance("DOM");

    private SamlSignatures() {}

    /**
     * Whether {@code signature} (a {@code ds:Signature} child of {@code signed}) is a valid
     * signature of {@code signed} by one of {@code certificates}. Anything unexpected is false.
     */
    static boolean verifies(Element signed, Element signature, List<X509Certificate> certificates) {
        String id = SamlDom.attribute(signed, "ID");
        if (id == null || id.isEmpty() || signature.getParentNode() != signed) {
            return false;
        }
        for (X509Certificate certificate : certificates) {
            if (verifies(signed, id, signature, certificate.getPublicKey())) {
                return true;
            }
        }
        return false;
    }

    private static boolean verifies(Element signed, String id, Element signature, PublicKey key) {
        DOMValidateContext context = new DOMValidateContext(new ConfiguredKey(key), signature);
        context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
        context.setIdAttributeNS(signed, null, "ID");
        try {
            XMLSignature xmlSignature = DSIG.unmarshalXMLSignature(context);
            return acceptable(xmlSignature.getSignedInfo(), id)
                    && context.getElementById(id) == signed
                    && xmlSignature.validate(context);
        } catch (MarshalException | XMLSignatureException | RuntimeException e) {
            return false;
        }
    }

    private static boolean acceptable(SignedInfo info, String id) {
        if (!SIGNATURE_METHODS.contains(info.getSignatureMethod().getAlgorithm())
                || !CANONICALIZATIONS.contains(info.getCanonicalizationMethod().getAlgorithm())
                || info.getReferences().size() != 1) {
            return false;
        }
        Reference reference = (Reference) info.getReferences().get(0);
        if (!("#" + id).equals(reference.getURI())
                || !DIGEST_METHODS.contains(reference.getDigestMethod().getAlgorithm())) {
            return false;
        }
        List<?> transforms = reference.getTransforms();
        return transforms.stream()
                        .allMatch(t -> TRANSFORMS.contains(((Transform) t).getAlgorithm()))
                && transforms.stream()
                        .anyMatch(t -> Transform.ENVELOPED.equals(((Transform) t).getAlgorithm()));
    }

    /** Always the configured key, whatever KeyInfo the document carries. */
    private static final class ConfiguredKey extends KeySelector {

        private final PublicKey key;

        ConfiguredKey(PublicKey key) {
            this.key = key;
        }

        @Override
        public KeySelectorResult select(
                KeyInfo ignored, Purpose purpose, AlgorithmMethod method, XMLCryptoContext context)
                throws KeySelectorException {
            if (purpose != Purpose.VERIFY || !"RSA".equals(key.getAlgorithm())) {
                throw new KeySelectorException("only RSA signatures are verified");
            }
            return () -> key;
        }
    }
}
