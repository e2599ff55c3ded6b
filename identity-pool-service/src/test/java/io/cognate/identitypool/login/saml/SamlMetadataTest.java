package io.cognate.identitypool.login.saml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.identitypool.testing.SamlIdp;
import java.security.cert.X509Certificate;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** IdP metadata as the trust anchor: only signing certificates count, hostile XML is refused. */
class SamlMetadataTest {

    @Test
    void parseWhenSigningAndEncryptionKeysThenOnlySigningCertificatesAndEntityId()
            throws Exception {
        X509Certificate signing = SamlIdp.selfSigned(SamlIdp.keyPair(), "CN=signing");
        X509Certificate unspecified = SamlIdp.selfSigned(SamlIdp.keyPair(), "CN=any-use");
        X509Certificate encryption = SamlIdp.selfSigned(SamlIdp.keyPair(), "CN=encryption");

        SamlMetadata metadata =
                SamlMetadata.parse(
                        metadata(
                                key("signing", signing)
                                        + key(null, unspecified)
                                        + key("encryption", encryption)));

        assertThat(metadata.entityId()).isEqualTo("https://idp.example.com/saml");
        assertThat(metadata.signingCertificates()).containsExactly(signing, unspecified);
    }

    @Test
    void parseWhenNoSigningKeyOrNotMetadataOrDoctypeThenRefused() throws Exception {
        X509Certificate encryption = SamlIdp.selfSigned(SamlIdp.keyPair(), "CN=encryption");

        assertThatThrownBy(() -> SamlMetadata.parse(metadata(key("encryption", encryption))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no IdP signing certificate");
        assertThatThrownBy(() -> SamlMetadata.parse("<EntityDescriptor entityID=\"x\"/>"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an EntityDescriptor");
        assertThatThrownBy(
                        () ->
                                SamlMetadata.parse(
                                        "<!DOCTYPE m [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                                                + metadata("&e;")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not well-formed");
    }

    private static String metadata(String keys) {
        return "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\""
                + " xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\""
                + " entityID=\"https://idp.example.com/saml\"><md:IDPSSODescriptor"
                + " protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">"
                + keys
                + "</md:IDPSSODescriptor></md:EntityDescriptor>";
    }

    private static String key(String use, X509Certificate certificate) throws Exception {
        return "<md:KeyDescriptor"
                + (use == null ? "" : " use=\"" + use + "\"")
                + "><ds:KeyInfo><ds:X509Data><ds:X509Certificate>"
                + Base64.getMimeEncoder().encodeToString(certificate.getEncoded())
                + "</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>";
    }
}
