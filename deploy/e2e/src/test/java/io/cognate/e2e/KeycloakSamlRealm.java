package io.cognate.e2e;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A Keycloak realm set up as the AWS console documents for an external SAML IdP: a SAML client
 * {@code urn:amazon:webservices} posting to {@code https://signin.aws.amazon.com/saml}, signing
 * both the assertion and the response (RSA-SHA256, exclusive c14n), the NameID = the username, and
 * the attributes AWS reads, {@code https://aws.amazon.com/SAML/Attributes/Role} ({@code "<role
 * ARN>,<provider ARN>"}) and {@code .../RoleSessionName} (the email); IdP-initiated SSO under
 * {@code /realms/<realm>/protocol/saml/clients/amazon-aws}. One user with email, first and last
 * name (Keycloak refuses the sign-in of a user without them: "Account is not fully set up").
 */
final class KeycloakSamlRealm {

    static final String AWS_ENTITY_ID = "urn:amazon:webservices";
    static final String AWS_ACS = "https://signin.aws.amazon.com/saml";
    static final String ROLE_ATTRIBUTE = "https://aws.amazon.com/SAML/Attributes/Role";
    static final String SESSION_NAME_ATTRIBUTE =
            "https://aws.amazon.com/SAML/Attributes/RoleSessionName";
    private static final String SSO_NAME = "amazon-aws";

    final String realm;
    final String username;
    final String password;

    private KeycloakSamlRealm(String realm, String username, String password) {
        this.realm = realm;
        this.username = username;
        this.password = password;
    }

    /** Creates the realm, its AWS client and a user whose Role attribute names this pair. */
    static KeycloakSamlRealm create(Keycloak keycloak, String roleArn, String providerArn)
            throws Exception {
        KeycloakSamlRealm created =
                new KeycloakSamlRealm("cognate", "saml.alice", "Alice-" + System.nanoTime());
        keycloak.post("", Map.of("realm", created.realm, "enabled", true));
        keycloak.post("/" + created.realm + "/clients", client(roleArn + "," + providerArn));
        keycloak.post(
                "/" + created.realm + "/users",
                Map.of(
                        "username",
                        created.username,
                        "enabled",
                        true,
                        "email",
                        "alice@corp.example.com",
                        "emailVerified",
                        true,
                        "firstName",
                        "Alice",
                        "lastName",
                        "Liddell",
                        "credentials",
                        List.of(
                                Map.of(
                                        "type",
                                        "password",
                                        "value",
                                        created.password,
                                        "temporary",
                                        false))));
        return created;
    }

    /** The IdP's SAML 2.0 metadata, as an operator downloads it for IAM's SAML provider. */
    String descriptor(Keycloak keycloak) throws Exception {
        return keycloak.get("/realms/" + realm + "/protocol/saml/descriptor");
    }

    /** The IdP-initiated SSO URL of the AWS client. */
    URI ssoUrl(Keycloak keycloak) {
        return keycloak.base.resolve("/realms/" + realm + "/protocol/saml/clients/" + SSO_NAME);
    }

    private static Map<String, Object> client(String rolePair) {
        return Map.of(
                "clientId",
                AWS_ENTITY_ID,
                "protocol",
                "saml",
                "enabled",
                true,
                "redirectUris",
                List.of(AWS_ACS),
                "attributes",
                Map.ofEntries(
                        Map.entry("saml_idp_initiated_sso_url_name", SSO_NAME),
                        Map.entry("saml_assertion_consumer_url_post", AWS_ACS),
                        Map.entry("saml.assertion.signature", "true"),
                        Map.entry("saml.server.signature", "true"),
                        Map.entry("saml.signature.algorithm", "RSA_SHA256"),
                        Map.entry(
                                "saml_signature_canonicalization_method",
                                "http://www.w3.org/2001/10/xml-exc-c14n#"),
                        Map.entry("saml.client.signature", "false"),
                        Map.entry("saml.encrypt", "false"),
                        Map.entry("saml.authnstatement", "true"),
                        // AWS's own window for a response; Keycloak's default is 60 s.
                        Map.entry("saml.assertion.lifespan", "300"),
                        Map.entry("saml_force_name_id_format", "true"),
                        Map.entry("saml_name_id_format", "username")),
                "protocolMappers",
                List.of(
                        mapper(
                                "aws-role",
                                "saml-hardcode-attribute-mapper",
                                Map.of(
                                        "attribute.name", ROLE_ATTRIBUTE,
                                        "attribute.nameformat", "URI Reference",
                                        "attribute.value", rolePair)),
                        mapper(
                                "aws-session-name",
                                "saml-user-property-mapper",
                                Map.of(
                                        "user.attribute", "email",
                                        "attribute.name", SESSION_NAME_ATTRIBUTE,
                                        "attribute.nameformat", "URI Reference"))));
    }

    private static Map<String, Object> mapper(
            String name, String type, Map<String, String> config) {
        return Map.of("name", name, "protocol", "saml", "protocolMapper", type, "config", config);
    }
}
