package io.cognate.identitypool.testing;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The test SAML identity provider: a fresh RSA key and self-signed certificate per test run, its
 * metadata configured as {@link #ARN} (what IAM would hold), and the private key handed to the
 * tests as test configuration ({@code test.cognate.saml-key}), since test resources and tests do
 * not share state.
 */
public final class SamlIdp {

    public static final String ARN = "arn:aws:iam::000000000000:saml-provider/cognate-test-idp";
    public static final String ENTITY_ID = "https://idp.example.com/saml";

    private SamlIdp() {}

    /** The configuration ExternalEndpoints passes to the application and the tests. */
    static Map<String, String> configuration() {
        KeyPair pair = keyPair();
        X509Certificate certificate = selfSigned(pair, "CN=idp.example.com");
        String der = base64(certificate);
        String metadata =
                "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\""
                        + " xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\" entityID=\""
                        + ENTITY_ID
                        + "\"><md:IDPSSODescriptor"
                        + " protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">"
                        + "<md:KeyDescriptor use=\"encryption\"><ds:KeyInfo><ds:X509Data>"
                        + "<ds:X509Certificate>"
                        + base64(selfSigned(keyPair(), "CN=encryption-only"))
                        + "</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>"
                        + "<md:KeyDescriptor use=\"signing\"><ds:KeyInfo><ds:X509Data>"
                        + "<ds:X509Certificate>"
                        + der
                        + "</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>"
                        + "</md:IDPSSODescriptor></md:EntityDescriptor>";
        return Map.of(
                "cognate.identity.saml-providers.\"" + ARN + "\".metadata",
                metadata,
                "test.cognate.saml-key",
                Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
                "test.cognate.saml-certificate",
                der);
    }

    /** The IdP's signing key, as configured for this run. */
    public static PrivateKey key() {
        try {
            byte[] pkcs8 = Base64.getDecoder().decode(config("test.cognate.saml-key"));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The IdP's certificate, as its metadata holds it. */
    public static X509Certificate certificate() {
        try {
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509")
                            .generateCertificate(
                                    new java.io.ByteArrayInputStream(
                                            Base64.getDecoder()
                                                    .decode(
                                                            config(
                                                                    "test.cognate.saml-certificate"))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A self-signed certificate for {@code pair}, valid for a day. */
    public static X509Certificate selfSigned(KeyPair pair, String subject) {
        try {
            X500Name name = new X500Name(subject);
            Instant now = Instant.now();
            var builder =
                    new JcaX509v3CertificateBuilder(
                            name,
                            BigInteger.valueOf(now.toEpochMilli()),
                            Date.from(now.minusSeconds(60)),
                            Date.from(now.plusSeconds(86_400)),
                            name,
                            pair.getPublic());
            return new JcaX509CertificateConverter()
                    .getCertificate(
                            builder.build(
                                    new JcaContentSignerBuilder("SHA256withRSA")
                                            .build(pair.getPrivate())));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String config(String key) {
        return ConfigProvider.getConfig().getValue(key, String.class);
    }
}
