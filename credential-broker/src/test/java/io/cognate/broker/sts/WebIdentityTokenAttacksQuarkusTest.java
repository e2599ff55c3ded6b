package io.cognate.broker.sts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.broker.testing.AwsClients;
import io.cognate.broker.testing.TestTokens;
import io.cognate.broker.testing.WebIdentityIssuers;
import io.cognate.broker.testing.WebIdentityRoles;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.ExpiredTokenException;
import software.amazon.awssdk.services.sts.model.InvalidIdentityTokenException;

/**
 * SECURITY-CASES 5 and 7 for AssumeRoleWithWebIdentity: forged, unsigned, MAC-signed, expired and
 * not-yet-valid tokens, unknown key ids, critical extensions, untrusted issuers and token-named key
 * URLs are all refused, and the broker fetches keys only from the configured JWKS URL.
 */
@QuarkusTest
class WebIdentityTokenAttacksQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    private IamClient iam;
    private StsClient sts;
    private String roleArn;

    @BeforeEach
    void setUp() {
        iam = AwsClients.iam(endpoint, AwsClients.root());
        sts = AwsClients.anonymousSts(endpoint);
        String name = "attack-" + UUID.randomUUID().toString().substring(0, 12);
        iam.createRole(
                r ->
                        r.roleName(name)
                                .assumeRolePolicyDocument(
                                        WebIdentityRoles.trustingIdentityPool(
                                                TestTokens.POOL_ID, "*", true)));
        roleArn = AssumeRoleWithWebIdentityQuarkusTest.arn(name);
    }

    @AfterEach
    void close() {
        iam.close();
        sts.close();
    }

    @Test
    void
            assumeRoleWithWebIdentityWhenSignedByAnotherKeyUnderTheTrustedKidThenInvalidIdentityToken() {
        String forged = TestTokens.identityPool().signedBy("test.web-identity.attacker-key").sign();

        assertInvalid(forged, "could not be validated");
    }

    @Test
    void assumeRoleWithWebIdentityWhenAlgNoneInAnyCaseThenInvalidIdentityToken() {
        for (String none : List.of("none", "None", "NONE", "nOnE")) {
            assertInvalid(TestTokens.identityPool().header("alg", none).withSignature(""), "");
            assertInvalid(
                    TestTokens.identityPool().header("alg", none).withSignature("c2ln"),
                    "RS256, RS384 or RS512");
        }
    }

    @Test
    void assumeRoleWithWebIdentityWhenHs256KeyedWithThePublishedKeyThenInvalidIdentityToken()
            throws GeneralSecurityException {
        TestTokens token = TestTokens.identityPool().header("alg", "HS256");
        byte[] publishedJwks =
                given().baseUri(base()).get(WebIdentityIssuers.IDENTITY_JWKS_PATH).asByteArray();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(publishedJwks, "HmacSHA256"));
        String signature =
                Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(
                                mac.doFinal(
                                        token.signingInput().getBytes(StandardCharsets.US_ASCII)));

        assertInvalid(token.withSignature(signature), "RS256, RS384 or RS512");
    }

    @Test
    void assumeRoleWithWebIdentityWhenCritHeaderPresentThenInvalidIdentityToken() {
        String token =
                TestTokens.identityPool().header("crit", List.of("exp")).header("exp", 1).sign();

        assertInvalid(token, "crit");
    }

    @Test
    void
            assumeRoleWithWebIdentityWhenKidUnknownOrInjectedThenRefusedAndOnlyTheConfiguredJwksFetched() {
        int configuredBefore = hits(WebIdentityIssuers.IDENTITY_JWKS_PATH);
        for (String kid : List.of("no-such-key", "../../etc/passwd", "x' OR '1'='1", "")) {
            assertInvalid(TestTokens.identityPool().header("kid", kid).sign(), "verification key");
        }

        assertThat(hits(WebIdentityIssuers.IDENTITY_JWKS_PATH)).isGreaterThan(configuredBefore);
    }

    @Test
    void assumeRoleWithWebIdentityWhenTokenNamesItsOwnKeyUrlThenRefusedWithoutFetchingIt() {
        String attackerJwks = base() + WebIdentityIssuers.ATTACKER_JWKS_PATH;
        int before = hits(WebIdentityIssuers.ATTACKER_JWKS_PATH);
        for (String header : List.of("jku", "x5u")) {
            String token =
                    TestTokens.identityPool()
                            .header(header, attackerJwks)
                            .signedBy("test.web-identity.attacker-key")
                            .sign();
            assertInvalid(token, header);
        }

        assertThat(hits(WebIdentityIssuers.ATTACKER_JWKS_PATH)).isEqualTo(before);
    }

    @Test
    void assumeRoleWithWebIdentityWhenIssuerNotConfiguredThenInvalidIdentityToken() {
        String token = TestTokens.identityPool().claim("iss", "https://evil.example.com").sign();

        assertInvalid(token, "No OpenIDConnect provider found in your account for");
    }

    @Test
    void assumeRoleWithWebIdentityWhenExpiredThenExpiredTokenException() {
        long now = Instant.now().getEpochSecond();
        String token =
                TestTokens.identityPool().claim("iat", now - 700).claim("exp", now - 100).sign();

        assertThatThrownBy(() -> assume(token))
                .isInstanceOf(ExpiredTokenException.class)
                .hasMessageContaining("Token expired");
    }

    @Test
    void
            assumeRoleWithWebIdentityWhenNotYetValidOrWithoutExpiryOrSubjectThenInvalidIdentityToken() {
        long now = Instant.now().getEpochSecond();
        assertInvalid(TestTokens.identityPool().claim("nbf", now + 3600).sign(), "validated");
        assertInvalid(TestTokens.identityPool().claim("iat", now + 3600).sign(), "validated");
        assertInvalid(TestTokens.identityPool().without("exp").sign(), "validated");
        assertInvalid(TestTokens.identityPool().without("sub").sign(), "validated");
        assertInvalid("not.a.jwt", "not a valid JWT");
    }

    private void assertInvalid(String token, String message) {
        assertThatThrownBy(() -> assume(token))
                .isInstanceOf(InvalidIdentityTokenException.class)
                .satisfies(
                        e ->
                                assertThat(((InvalidIdentityTokenException) e).statusCode())
                                        .isEqualTo(400))
                .hasMessageContaining(message);
    }

    private void assume(String token) {
        sts.assumeRoleWithWebIdentity(
                r -> r.roleArn(roleArn).roleSessionName("attack").webIdentityToken(token));
    }

    private static String base() {
        return ConfigProvider.getConfig().getValue("test.web-identity.base-url", String.class);
    }

    private static int hits(String path) {
        return Integer.parseInt(given().baseUri(base()).get("/hits" + path).asString());
    }
}
