package io.cognate.identitypool.login.saml;

import static io.cognate.identitypool.testing.SamlResponseBuilder.A;
import static io.cognate.identitypool.testing.SamlResponseBuilder.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.identitypool.testing.CognitoClients;
import io.cognate.identitypool.testing.SamlIdp;
import io.cognate.identitypool.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.AmbiguousRoleResolutionType;
import software.amazon.awssdk.services.cognitoidentity.model.MappingRule;
import software.amazon.awssdk.services.cognitoidentity.model.MappingRuleMatchType;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMapping;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMappingType;
import software.amazon.awssdk.services.cognitoidentity.model.RulesConfigurationType;

/**
 * SAML logins through the AWS SDK: {@code Logins} = {SAML provider ARN: base64 SAML Response}
 * signed for real by the test IdP. A valid response leads to an identity and credentials; its
 * attributes drive Rules role mappings and principal tags; an assertion serves each step once.
 */
@QuarkusTest
class SamlLoginQuarkusTest {

    static final String AUTH = "arn:aws:iam::000000000000:role/saml-users";
    static final String EDITORS = "arn:aws:iam::000000000000:role/saml-editors";
    static final String UNCONFIGURED = "arn:aws:iam::000000000000:saml-provider/not-in-iam";

    @TestHTTPResource("/")
    URI endpoint;

    private CognitoIdentityClient admin;
    private CognitoIdentityClient app;
    private String poolId;

    @BeforeEach
    void connect() {
        admin = CognitoClients.root(endpoint);
        app = CognitoClients.anonymous(endpoint);
        poolId =
                admin.createIdentityPool(
                                r ->
                                        r.identityPoolName("saml")
                                                .allowUnauthenticatedIdentities(false)
                                                .samlProviderARNs(SamlIdp.ARN, UNCONFIGURED))
                        .identityPoolId();
        admin.setIdentityPoolRoles(
                r -> r.identityPoolId(poolId).roles(Map.of("authenticated", AUTH)));
    }

    @AfterEach
    void close() {
        admin.close();
        app.close();
    }

    @Test
    void getIdWhenSignedResponseThenIdentityOfTheNameIdAndCredentials() {
        String nameId = "alice-" + System.nanoTime() + "@corp.example.com";
        String login = response(nameId).base64();

        String identityId = getId(login);
        var credentials =
                app.getCredentialsForIdentity(
                        r -> r.identityId(identityId).logins(Map.of(SamlIdp.ARN, login)));

        assertThat(credentials.credentials().accessKeyId()).startsWith("ASIA");
        Map<String, Object> seen = TestTokens.acceptedByBroker(identityId);
        assertThat(seen).containsEntry("RoleArn", AUTH).containsEntry("IdentityPoolId", poolId);
        assertThat(TestTokens.list(seen.get("Amr"))).containsExactly("authenticated", SamlIdp.ARN);
        assertThat(admin.describeIdentity(r -> r.identityId(identityId)).logins())
                .containsExactly(SamlIdp.ARN);
        assertThat(getId(response(nameId).signed(false, true).base64()))
                .as("an unsigned assertion inside a signed response is covered by it")
                .isEqualTo(identityId);
        assertThat(getId(response(nameId).signed(true, true).base64())).isEqualTo(identityId);
        assertThat(getId(response("bob-" + System.nanoTime()).base64())).isNotEqualTo(identityId);
    }

    @Test
    void getIdWhenAssertionReplayedThenNotAuthorized() {
        String login = response("carol-" + System.nanoTime()).base64();
        String identityId = getId(login);

        refused(login, "The SAML assertion has already been used.");
        app.getCredentialsForIdentity(
                r -> r.identityId(identityId).logins(Map.of(SamlIdp.ARN, login)));
        assertThatThrownBy(
                        () ->
                                app.getCredentialsForIdentity(
                                        r ->
                                                r.identityId(identityId)
                                                        .logins(Map.of(SamlIdp.ARN, login))))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("already been used");
    }

    @Test
    void getIdWhenProviderNotConfiguredThenNotAuthorized() {
        assertThatThrownBy(
                        () ->
                                app.getId(
                                        r ->
                                                r.identityPoolId(poolId)
                                                        .logins(
                                                                Map.of(
                                                                        UNCONFIGURED,
                                                                        response("dave")
                                                                                .base64()))))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("is not configured in this deployment");
    }

    @Test
    void credentialsWhenSamlAttributesThenRulesMappingAndDefaultPrincipalTags() {
        admin.setIdentityPoolRoles(
                r ->
                        r.identityPoolId(poolId)
                                .roles(Map.of("authenticated", AUTH))
                                .roleMappings(
                                        Map.of(
                                                SamlIdp.ARN,
                                                RoleMapping.builder()
                                                        .type(RoleMappingType.RULES)
                                                        .ambiguousRoleResolution(
                                                                AmbiguousRoleResolutionType.DENY)
                                                        .rulesConfiguration(
                                                                RulesConfigurationType.builder()
                                                                        .rules(
                                                                                MappingRule
                                                                                        .builder()
                                                                                        .claim(
                                                                                                "department")
                                                                                        .matchType(
                                                                                                MappingRuleMatchType
                                                                                                        .EQUALS)
                                                                                        .value(
                                                                                                "eng")
                                                                                        .roleARN(
                                                                                                EDITORS)
                                                                                        .build())
                                                                        .build())
                                                        .build())));
        admin.setPrincipalTagAttributeMap(
                r -> r.identityPoolId(poolId).identityProviderName(SamlIdp.ARN).useDefaults(true));
        assertThat(
                        admin.getPrincipalTagAttributeMap(
                                        r ->
                                                r.identityPoolId(poolId)
                                                        .identityProviderName(SamlIdp.ARN))
                                .principalTags())
                .containsEntry("username", SamlLoginValidator.NAME_IDENTIFIER);
        String nameId = "erin-" + System.nanoTime();

        String identityId =
                credentials(
                        response(nameId)
                                .attribute("department", "eng")
                                .attribute(
                                        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name",
                                        "Erin Example")
                                .base64());

        Map<String, Object> seen = TestTokens.acceptedByBroker(identityId);
        assertThat(seen).containsEntry("RoleArn", EDITORS);
        assertThat(seen)
                .containsEntry(
                        "PrincipalTags", Map.of("username", nameId, "client", "Erin Example"));
        assertThatThrownBy(
                        () ->
                                credentials(
                                        response(nameId)
                                                .attribute("department", "sales", "eng-ops")
                                                .base64()))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("denied this request");
    }

    @Test
    void credentialsWhenRoleAttributeThenItsRoleOrTheCustomRoleChosenAmongIt() {
        String role = "https://aws.amazon.com/SAML/Attributes/Role";
        String nameId = "frank-" + System.nanoTime();

        String identityId =
                credentials(response(nameId).attribute(role, EDITORS + "," + SamlIdp.ARN).base64());
        assertThat(TestTokens.acceptedByBroker(identityId)).containsEntry("RoleArn", EDITORS);

        String two =
                response(nameId)
                        .attribute(role, EDITORS + "," + SamlIdp.ARN, SamlIdp.ARN + "," + AUTH)
                        .base64();
        String chosen = getId(two);
        app.getCredentialsForIdentity(
                r -> r.identityId(chosen).logins(Map.of(SamlIdp.ARN, two)).customRoleArn(AUTH));
        assertThat(TestTokens.acceptedByBroker(chosen)).containsEntry("RoleArn", AUTH);

        String ambiguous =
                response(nameId)
                        .attribute(role, EDITORS + "," + SamlIdp.ARN, SamlIdp.ARN + "," + AUTH)
                        .base64();
        assertThatThrownBy(() -> credentials(ambiguous))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("choose one with CustomRoleArn");
    }

    @Test
    void getIdWhenNameIdHasCommentThenTheWholeValueIsTheSubject() {
        String suffix = System.nanoTime() + ".example";
        String full = "admin@corp.example.com.evil" + suffix;
        Document document = response(full).document();
        Element nameId = (Element) document.getElementsByTagNameNS(A, "NameID").item(0);
        nameId.setTextContent("admin@corp.example.com");
        nameId.appendChild(document.createComment(""));
        nameId.appendChild(document.createTextNode(".evil" + suffix));

        String commented =
                getId(io.cognate.identitypool.testing.SamlResponseBuilder.base64(document));

        assertThat(commented)
                .as("the comment splits the text but changes neither signature nor subject")
                .isEqualTo(getId(response(full).base64()))
                .isNotEqualTo(getId(response("admin@corp.example.com").base64()));
    }

    private String credentials(String login) {
        String identityId = getId(login);
        app.getCredentialsForIdentity(
                r -> r.identityId(identityId).logins(Map.of(SamlIdp.ARN, login)));
        return identityId;
    }

    String getId(String login) {
        return app.getId(r -> r.identityPoolId(poolId).logins(Map.of(SamlIdp.ARN, login)))
                .identityId();
    }

    void refused(String login, String message) {
        assertThatThrownBy(() -> getId(login))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining(message);
    }
}
