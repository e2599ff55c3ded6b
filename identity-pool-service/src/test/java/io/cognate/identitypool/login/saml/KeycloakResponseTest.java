package io.cognate.identitypool.login.saml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * A response as Keycloak 26.7.3 really issues it for AWS (IdP-initiated SSO of a SAML client {@code
 * urn:amazon:webservices}, response and assertion signed RSA-SHA256), with the realm's descriptor,
 * both captured from the Keycloak that deploy/e2e's SamlThroughGatewayIT starts. Keycloak's default
 * role list mapper sends one {@code Role} attribute per realm role; such repeated attributes were
 * refused before, so no Keycloak login could succeed. Checked at a fixed instant inside its window.
 */
class KeycloakResponseTest {

    private static final Instant DURING = Instant.parse("2026-11-26T14:24:30Z");
    private static final String AWS_ROLE = "https://aws.amazon.com/SAML/Attributes/Role";

    @Test
    void checkWhenKeycloakSignedTheResponseThenNameIdAndAttributesWithRepeatedOnesMerged()
            throws Exception {
        SamlMetadata keycloak = SamlMetadata.parse(resource("descriptor.xml"));

        SamlAssertion assertion = check(resource("idp-initiated-response.b64"), keycloak);

        assertThat(keycloak.entityId()).isEqualTo("http://127.0.0.1:18399/realms/cognate");
        assertThat(assertion.nameId()).isEqualTo("saml.alice");
        assertThat(assertion.attributes().get(AWS_ROLE))
                .containsExactly(
                        "arn:aws:iam::000000000000:role/r1,"
                                + "arn:aws:iam::000000000000:saml-provider/keycloak");
        assertThat(
                        assertion
                                .attributes()
                                .get("https://aws.amazon.com/SAML/Attributes/RoleSessionName"))
                .containsExactly("alice@corp.example.com");
        assertThat(assertion.attributes().get("Role"))
                .containsExactlyInAnyOrder(
                        "view-profile",
                        "manage-account-links",
                        "offline_access",
                        "manage-account",
                        "default-roles-cognate",
                        "uma_authorization");
        assertThat(assertion.acceptableUntil())
                .isEqualTo(Instant.parse("2026-11-26T14:29:22.354Z").plus(Duration.ofMinutes(5)));
    }

    @Test
    void checkWhenOneByteOfKeycloaksNameIdChangedThenSignatureInvalid() throws Exception {
        SamlMetadata keycloak = SamlMetadata.parse(resource("descriptor.xml"));
        String xml =
                new String(
                        Base64.getMimeDecoder().decode(resource("idp-initiated-response.b64")),
                        StandardCharsets.UTF_8);
        String tampered = xml.replace(">saml.alice</saml:NameID>", ">taml.alice</saml:NameID>");
        assertThat(tampered).isNotEqualTo(xml);

        assertThatThrownBy(
                        () ->
                                check(
                                        Base64.getEncoder()
                                                .encodeToString(
                                                        tampered.getBytes(StandardCharsets.UTF_8)),
                                        keycloak))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("signature is invalid");
    }

    private static SamlAssertion check(String base64, SamlMetadata provider) {
        return new SamlConditions("us-east-1", Duration.ofMinutes(5))
                .check(
                        SamlResponses.verify(SamlXml.parseBase64(base64), provider),
                        provider,
                        DURING);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in =
                KeycloakResponseTest.class.getResourceAsStream("/saml/keycloak-26.7.3/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
