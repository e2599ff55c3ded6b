package io.cognate.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Writer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * SAML logins to an identity pool with a real IdP: Keycloak 26.7.3 (started by this class) signs an
 * IdP-initiated SAML response for AWS after a user logs in through its login form; the suite is
 * launched with Keycloak's own metadata as the SAML provider, configured as an operator would (a
 * properties file of identity-pool-service's own, see {@link #samlSettings}). Through the gateway
 * with the AWS SDK, the response becomes an identity and credentials of the role its Role attribute
 * names, which the broker's verify recognises; a response with a changed NameID and a replayed one
 * are refused.
 *
 * <p>The suite stays running with the provider when this class ends (the setting is inert for other
 * classes), and is stopped with the shared launch at the end of the run.
 */
@ExtendWith(SharedSuite.StoppedWhenRunEnds.class)
class SamlThroughGatewayIT {

    static final String PROVIDER_ARN = "arn:aws:iam::000000000000:saml-provider/keycloak";
    private static final String SAML_ROLE = "saml-keycloak-" + System.nanoTime();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NAME_ID = Pattern.compile("(<(?:\\w+:)?NameID[^>]*>)([^<]+)<");

    private static Keycloak keycloak;
    private static KeycloakSamlRealm realm;
    private static CognitoIdentityClient identityApp;
    private static ResourceServer resources;
    private static String identityPoolId;
    private static String samlRole;
    private static String defaultRole;
    private static Path settings;

    @BeforeAll
    static void launch() throws Exception {
        Path work = EarlyKeycloak.workDirectory();
        // Started when the run began (see EarlyKeycloak), or now if this class runs alone.
        keycloak = EarlyKeycloak.take();
        // While Keycloak starts: a suite left running without the provider must be relaunched.
        SharedSuite.SUITE.stop();
        keycloak.awaitReady(Duration.ofMinutes(5));
        realm =
                KeycloakSamlRealm.create(
                        keycloak, CredentialStack.ROLE_PREFIX + SAML_ROLE, PROVIDER_ARN);
        settings = samlSettings(work, realm.descriptor(keycloak));
        LocalSuite suite = SharedSuite.SUITE;
        suite.start();

        AwsCredentialsProvider root = GatewayClients.root(suite.rootCredentials());
        identityApp = GatewayClients.identity(AnonymousCredentialsProvider.create());
        resources = new ResourceServer();
        try (CognitoIdentityClient identityAdmin = GatewayClients.identity(root);
                IamClient iam = GatewayClients.iam(root)) {
            identityPoolId =
                    identityAdmin
                            .createIdentityPool(
                                    r ->
                                            r.identityPoolName("saml_keycloak")
                                                    .allowUnauthenticatedIdentities(false)
                                                    .samlProviderARNs(PROVIDER_ARN))
                            .identityPoolId();
            samlRole = role(iam, SAML_ROLE);
            defaultRole = role(iam, "saml-default-" + System.nanoTime());
            identityAdmin.setIdentityPoolRoles(
                    r ->
                            r.identityPoolId(identityPoolId)
                                    .roles(Map.of("authenticated", defaultRole)));
        }
    }

    @AfterAll
    static void shutdown() throws Exception {
        try {
            for (AutoCloseable open : new AutoCloseable[] {resources, identityApp}) {
                if (open != null) {
                    open.close();
                }
            }
        } finally {
            if (keycloak != null) {
                keycloak.close();
            }
            // Read at start-up already; a later launch must not find a provider that is gone.
            if (settings != null) {
                Files.deleteIfExists(settings);
            }
        }
    }

    @Test
    void getCredentialsWhenKeycloakSignedTheResponseThenRoleOfItsRoleAttribute() throws Exception {
        SamlBrowser.Sso sso = sso();
        assertThat(sso.postedTo()).isEqualTo(KeycloakSamlRealm.AWS_ACS);
        Map<String, String> logins = Map.of(PROVIDER_ARN, sso.samlResponse());

        String identityId = getId(logins);
        Credentials credentials =
                identityApp
                        .getCredentialsForIdentity(r -> r.identityId(identityId).logins(logins))
                        .credentials();

        assertThat(credentials.accessKeyId()).startsWith("ASIA");
        HttpResponse<String> reply =
                SigV4Requests.send(
                        SigV4Requests.sign(
                                CredentialStack.session(credentials),
                                "GET",
                                resources.uri("/things/1")));
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        JsonNode verdict = JSON.readTree(reply.body());
        assertThat(verdict.at("/principal/roleArn").asText()).isEqualTo(samlRole);
        assertThat(verdict.at("/principal/identityId").asText()).isEqualTo(identityId);
        assertThat(samlRole).isNotEqualTo(defaultRole);
    }

    @Test
    void getIdWhenOneByteOfTheNameIdChangedThenNotAuthorized() throws Exception {
        String xml = decode(sso().samlResponse());
        Matcher nameId = NAME_ID.matcher(xml);
        assertThat(nameId.find()).as("a NameID in " + xml).isTrue();
        assertThat(nameId.group(2)).isEqualTo(realm.username);
        String changed = "t" + nameId.group(2).substring(1);
        String tampered =
                xml.substring(0, nameId.start(2)) + changed + xml.substring(nameId.end(2));

        assertThatThrownBy(() -> getId(Map.of(PROVIDER_ARN, encode(tampered))))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("SAML");
    }

    @Test
    void getIdAndCredentialsWhenResponseReplayedThenNotAuthorized() throws Exception {
        Map<String, String> logins = Map.of(PROVIDER_ARN, sso().samlResponse());
        String identityId = getId(logins);
        identityApp.getCredentialsForIdentity(r -> r.identityId(identityId).logins(logins));

        assertThatThrownBy(() -> getId(logins))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("already been used");
        assertThatThrownBy(
                        () ->
                                identityApp.getCredentialsForIdentity(
                                        r -> r.identityId(identityId).logins(logins)))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("already been used");
    }

    private static SamlBrowser.Sso sso() throws Exception {
        return new SamlBrowser().signIn(realm.ssoUrl(keycloak), realm.username, realm.password);
    }

    private static String getId(Map<String, String> logins) {
        return identityApp.getId(r -> r.identityPoolId(identityPoolId).logins(logins)).identityId();
    }

    private static String role(IamClient iam, String name) {
        return CredentialStack.role(
                iam, name, identityPoolId, "authenticated", CredentialStack.READ_THINGS);
    }

    /**
     * The IdP metadata in a file, and a properties file naming it under the provider's ARN, for
     * identity-pool-service alone (deploy/local/run's {@code <data>/config/<service>.properties}):
     * an ARN cannot be spelled in an environment variable's name, and the other services refuse an
     * unknown {@code cognate.identity} setting.
     */
    private static Path samlSettings(Path work, String descriptor) throws Exception {
        Files.createDirectories(work);
        Path metadata = work.resolve("keycloak-idp-metadata.xml");
        Files.writeString(metadata, descriptor, StandardCharsets.UTF_8);
        Properties values = new Properties();
        values.setProperty(
                "cognate.identity.saml-providers.\"" + PROVIDER_ARN + "\".metadata",
                metadata.toString());
        Path file =
                Path.of(System.getProperty("cognate.e2e.data", "target/e2e-data"))
                        .toAbsolutePath()
                        .resolve("config/identity-pool-service.properties");
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            values.store(out, "SAML providers of SamlThroughGatewayIT");
        }
        return file;
    }

    private static String decode(String base64) {
        return new String(Base64.getMimeDecoder().decode(base64), StandardCharsets.UTF_8);
    }

    private static String encode(String xml) {
        return Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
    }
}
