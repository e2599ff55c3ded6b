package io.cognate.identitypool.login;

import static io.cognate.identitypool.testing.TestTokens.USER_POOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import io.cognate.identitypool.testing.CognitoClients;
import io.cognate.identitypool.testing.ExternalEndpoints;
import io.cognate.identitypool.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;

/**
 * Logins verified for real (SECURITY-CASES 5): user-pool ID tokens against the pool's JWKS with
 * issuer, audience and token use checked; external OIDC, Google and Login with Amazon; every broken
 * token refused with NotAuthorizedException through the AWS SDK.
 */
@QuarkusTest
class LoginValidationQuarkusTest {

    static final String CLIENT = "app_client_1";
    static final String OIDC_ARN =
            "arn:aws:iam::000000000000:oidc-provider/" + ExternalEndpoints.OIDC_PROVIDER;

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
                                        r.identityPoolName("logins")
                                                .allowUnauthenticatedIdentities(false)
                                                .cognitoIdentityProviders(
                                                        CognitoIdentityProvider.builder()
                                                                .providerName(USER_POOL)
                                                                .clientId(CLIENT)
                                                                .serverSideTokenCheck(true)
                                                                .build())
                                                .openIdConnectProviderARNs(OIDC_ARN)
                                                .samlProviderARNs(
                                                        "arn:aws:iam::000000000000:saml-provider/corp")
                                                .supportedLoginProviders(
                                                        Map.of(
                                                                "accounts.google.com",
                                                                "other_client;google-client",
                                                                "www.amazon.com",
                                                                ExternalEndpoints.AMAZON_APP,
                                                                "graph.facebook.com",
                                                                "fb-app")))
                        .identityPoolId();
    }

    @AfterEach
    void close() {
        admin.close();
        app.close();
    }

    @Test
    void getIdWhenValidUserPoolIdTokenThenOneAuthenticatedIdentityPerUser() {
        String sub = TestTokens.newSub();

        String first = getId(USER_POOL, TestTokens.sign(TestTokens.idToken(CLIENT, sub).build()));
        String again = getId(USER_POOL, TestTokens.sign(TestTokens.idToken(CLIENT, sub).build()));
        String other =
                getId(
                        USER_POOL,
                        TestTokens.sign(TestTokens.idToken(CLIENT, TestTokens.newSub()).build()));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(admin.describeIdentity(r -> r.identityId(first)).logins())
                .containsExactly(USER_POOL);
    }

    @Test
    void getIdWhenUserPoolTokenBrokenThenNotAuthorized() {
        String sub = TestTokens.newSub();
        JWTClaimsSet valid = TestTokens.idToken(CLIENT, sub).build();
        Instant past = Instant.now().minusSeconds(7200);

        refused(
                USER_POOL,
                TestTokens.sign(TestTokens.idToken("another-client", sub).build()),
                "Token is not from a supported provider of this identity pool.");
        refused(
                USER_POOL,
                TestTokens.sign(
                        TestTokens.idToken(CLIENT, sub)
                                .issuer(
                                        "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_TestPool1")
                                .build()),
                "Issuer doesn't match providerName");
        refused(
                USER_POOL,
                TestTokens.sign(
                        TestTokens.idToken(CLIENT, sub)
                                .issueTime(Date.from(past))
                                .expirationTime(Date.from(past.plusSeconds(3600)))
                                .build()),
                "Token expired");
        refused(USER_POOL, TestTokens.unsigned(valid), "Invalid login token.");
        refused(USER_POOL, TestTokens.hmac(valid), "Invalid login token.");
        refused(USER_POOL, TestTokens.signWithUnknownKey(valid), "Invalid login token.");
        refused(USER_POOL, TestTokens.signWithOtherKeyUnderServedKid(valid), "Signature");
        refused(
                USER_POOL,
                TestTokens.tampered(
                        TestTokens.sign(valid),
                        TestTokens.idToken(CLIENT, TestTokens.newSub()).build()),
                "Signature");
        refused(
                USER_POOL,
                TestTokens.sign(valid, TestTokens.criticalHeader()),
                "Unsupported token header");
        refused(
                USER_POOL,
                TestTokens.sign(
                        valid,
                        new JWSHeader.Builder(JWSAlgorithm.RS256)
                                .keyID(ExternalEndpoints.SIGNING_KID)
                                .jwkURL(URI.create("http://attacker.example/jwks.json"))),
                "Unsupported token header");
        refused(
                USER_POOL,
                TestTokens.sign(
                        TestTokens.idToken(CLIENT, sub).claim("token_use", "access").build()),
                "Not a valid OpenId Connect identity token.");
        refused(USER_POOL, "not-a-jwt", "Invalid login token.");
    }

    @Test
    void getIdWhenProviderOrPoolNotConfiguredThenNotAuthorized() {
        String sub = TestTokens.newSub();
        String otherPool = "cognito-idp.us-east-1.amazonaws.com/us-east-1_NotListed1";

        refused(
                otherPool,
                TestTokens.sign(
                        TestTokens.idToken(CLIENT, sub)
                                .issuer("http://127.0.0.1:8080/us-east-1_NotListed1")
                                .build()),
                "Token is not from a supported provider of this identity pool.");
        refused(
                "arn:aws:iam::000000000000:saml-provider/corp",
                "PHNhbWxwOlJlc3BvbnNlLz4=",
                "The SAML provider arn:aws:iam::000000000000:saml-provider/corp is not configured");
        refused("graph.facebook.com", "EAAB-opaque", "No verification endpoint is configured");
    }

    @Test
    void getIdWhenExternalOidcTokenThenVerifiedAgainstConfiguredProvider() {
        String sub = TestTokens.newSub();
        JWTClaimsSet.Builder oidc =
                TestTokens.idToken(ExternalEndpoints.OIDC_CLIENT, sub)
                        .issuer("https://" + ExternalEndpoints.OIDC_PROVIDER)
                        .claim("token_use", null);

        String id = getId(ExternalEndpoints.OIDC_PROVIDER, TestTokens.sign(oidc.build()));

        assertThat(id).startsWith("us-east-1:");
        refused(
                ExternalEndpoints.OIDC_PROVIDER,
                TestTokens.sign(oidc.audience("unlisted").build()),
                "Token is not from a supported provider");
        refused(
                ExternalEndpoints.OIDC_PROVIDER,
                TestTokens.sign(
                        oidc.audience(ExternalEndpoints.OIDC_CLIENT)
                                .issuer("https://evil")
                                .build()),
                "Issuer doesn't match providerName");
    }

    @Test
    void getIdWhenGoogleOrAmazonLoginThenVerifiedWithConfiguredEndpoints() {
        String googleSub = "1098" + System.nanoTime();
        String google =
                TestTokens.sign(
                        TestTokens.idToken("google-client", TestTokens.newSub())
                                .subject(googleSub)
                                .issuer("https://accounts.google.com")
                                .claim("token_use", null)
                                .build());

        String viaGoogle = getId("accounts.google.com", google);
        String viaAmazon = getId("www.amazon.com", "amzn-valid-" + System.nanoTime());

        assertThat(viaGoogle).isNotEqualTo(viaAmazon);
        assertThat(admin.describeIdentity(r -> r.identityId(viaAmazon)).logins())
                .containsExactly("www.amazon.com");
        refused("www.amazon.com", "amzn-revoked", "Invalid login token.");
    }

    private String getId(String provider, String token) {
        return app.getId(r -> r.identityPoolId(poolId).logins(Map.of(provider, token)))
                .identityId();
    }

    private void refused(String provider, String token, String message) {
        assertThatThrownBy(() -> getId(provider, token))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining(message);
    }
}
