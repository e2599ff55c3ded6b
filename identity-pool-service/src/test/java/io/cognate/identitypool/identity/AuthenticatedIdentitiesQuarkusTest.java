package io.cognate.identitypool.identity;

import static io.cognate.identitypool.testing.TestTokens.USER_POOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import io.cognate.identitypool.testing.CognitoClients;
import io.cognate.identitypool.testing.IdentityEventLog;
import io.cognate.identitypool.testing.OpenIdTokenCheck;
import io.cognate.identitypool.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceConflictException;

/**
 * Authenticated identities through the AWS SDK: linking a second provider, merging identities whose
 * logins meet, one login per provider, GetOpenIdToken under AllowClassicFlow, and UnlinkIdentity.
 */
@QuarkusTest
class AuthenticatedIdentitiesQuarkusTest {

    static final String CLIENT = "spa_client";
    static final String AMAZON = "www.amazon.com";

    @TestHTTPResource("/")
    URI endpoint;

    @Inject DataSource dataSource;

    private CognitoIdentityClient admin;
    private CognitoIdentityClient app;
    private String poolId;

    @BeforeEach
    void connect() {
        admin = CognitoClients.root(endpoint);
        app = CognitoClients.anonymous(endpoint);
        poolId = pool(true);
    }

    @AfterEach
    void close() {
        admin.close();
        app.close();
    }

    @Test
    void getIdWhenSecondProviderInSameCallThenLinkedToTheSameIdentity() {
        String user = userPoolToken(TestTokens.newSub());
        String amazon = amazonToken();

        String identityId = getId(Map.of(USER_POOL, user, AMAZON, amazon));

        assertThat(admin.describeIdentity(r -> r.identityId(identityId)).logins())
                .containsExactlyInAnyOrder(USER_POOL, AMAZON);
        assertThat(getId(Map.of(AMAZON, amazon))).isEqualTo(identityId);
    }

    @Test
    void getIdWhenLoginsOfTwoIdentitiesThenMergedIntoTheOlderAndOtherDisabled() {
        String user = userPoolToken(TestTokens.newSub());
        String amazon = amazonToken();
        String older = getId(Map.of(USER_POOL, user));
        String newer = getId(Map.of(AMAZON, amazon));

        String merged = getId(Map.of(USER_POOL, user, AMAZON, amazon));

        assertThat(merged).isEqualTo(older);
        assertThat(admin.describeIdentity(r -> r.identityId(older)).logins())
                .containsExactlyInAnyOrder(USER_POOL, AMAZON);
        assertThat(IdentityEventLog.typesFor(dataSource, older))
                .contains("cognate.identitypool.identity.IdentitiesMerged");
        assertThat(
                        admin.listIdentities(
                                        r ->
                                                r.identityPoolId(poolId)
                                                        .maxResults(60)
                                                        .hideDisabled(true))
                                .identities())
                .extracting(i -> i.identityId())
                .contains(older)
                .doesNotContain(newer);
    }

    @Test
    void getIdWhenMergeOrLinkWouldGiveTwoLoginsOfOneProviderThenResourceConflict() {
        String first = userPoolToken(TestTokens.newSub());
        String second = userPoolToken(TestTokens.newSub());
        String amazon = amazonToken();
        String both = getId(Map.of(USER_POOL, first, AMAZON, amazon));
        getId(Map.of(USER_POOL, second));

        assertThatThrownBy(() -> getId(Map.of(USER_POOL, second, AMAZON, amazon)))
                .isInstanceOf(ResourceConflictException.class);
        assertThatThrownBy(
                        () ->
                                app.getOpenIdToken(
                                        r ->
                                                r.identityId(both)
                                                        .logins(
                                                                Map.of(
                                                                        USER_POOL,
                                                                        first,
                                                                        AMAZON,
                                                                        amazonToken()))))
                .as("a second Amazon user cannot be linked to the identity")
                .isInstanceOf(ResourceConflictException.class);
    }

    @Test
    void getOpenIdTokenWhenClassicFlowEnabledThenAuthenticatedAmrWithProviders() {
        String sub = TestTokens.newSub();
        Map<String, String> logins = Map.of(USER_POOL, userPoolToken(sub));
        String identityId = getId(logins);

        String token = app.getOpenIdToken(r -> r.identityId(identityId).logins(logins)).token();

        JWTClaimsSet claims = OpenIdTokenCheck.verifiedClaims(endpoint, token);
        assertThat(claims.getSubject()).isEqualTo(identityId);
        assertThat(claims.getAudience()).containsExactly(poolId);
        assertThat(claims.getClaim("amr"))
                .isEqualTo(
                        List.of("authenticated", USER_POOL, USER_POOL + ":CognitoSignIn:" + sub));
    }

    @Test
    void getOpenIdTokenWhenClassicFlowDisabledOrRoleMappingsThenInvalidParameter() {
        String enhancedOnly = pool(false);
        Map<String, String> logins = Map.of(USER_POOL, userPoolToken(TestTokens.newSub()));
        String identityId =
                app.getId(r -> r.identityPoolId(enhancedOnly).logins(logins)).identityId();

        assertThatThrownBy(() -> app.getOpenIdToken(r -> r.identityId(identityId).logins(logins)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining(
                        "Basic (classic) flow is not enabled, please use enhanced flow.");

        String mine = getId(logins);
        admin.setIdentityPoolRoles(
                r ->
                        r.identityPoolId(poolId)
                                .roles(Map.of("authenticated", "arn:aws:iam::000000000000:role/a"))
                                .roleMappings(
                                        Map.of(
                                                USER_POOL + ":" + CLIENT,
                                                software.amazon.awssdk.services.cognitoidentity
                                                        .model.RoleMapping.builder()
                                                        .type("Token")
                                                        .ambiguousRoleResolution(
                                                                "AuthenticatedRole")
                                                        .build())));
        assertThatThrownBy(() -> app.getOpenIdToken(r -> r.identityId(mine).logins(logins)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("not supported with RoleMappings");
    }

    @Test
    void unlinkIdentityWhenLoginRemovedThenItGetsANewIdentityNextTime() {
        String user = userPoolToken(TestTokens.newSub());
        String amazon = amazonToken();
        String identityId = getId(Map.of(USER_POOL, user, AMAZON, amazon));

        app.unlinkIdentity(
                r ->
                        r.identityId(identityId)
                                .logins(Map.of(USER_POOL, user))
                                .loginsToRemove(AMAZON));

        assertThat(admin.describeIdentity(r -> r.identityId(identityId)).logins())
                .containsExactly(USER_POOL);
        assertThat(IdentityEventLog.typesFor(dataSource, identityId))
                .contains("cognate.identitypool.identity.LoginUnlinked");
        assertThat(getId(Map.of(AMAZON, amazon))).isNotEqualTo(identityId);
        assertThat(getId(Map.of(USER_POOL, user))).isEqualTo(identityId);
    }

    @Test
    void unlinkIdentityWhenLoginsNotTheIdentitysThenNotAuthorized() {
        String identityId = getId(Map.of(USER_POOL, userPoolToken(TestTokens.newSub())));
        String stranger = userPoolToken(TestTokens.newSub());

        assertThatThrownBy(
                        () ->
                                app.unlinkIdentity(
                                        r ->
                                                r.identityId(identityId)
                                                        .logins(Map.of(USER_POOL, stranger))
                                                        .loginsToRemove(USER_POOL)))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Logins don't match");
        assertThat(admin.describeIdentity(r -> r.identityId(identityId)).logins())
                .containsExactly(USER_POOL);
    }

    private String pool(boolean classicFlow) {
        return admin.createIdentityPool(
                        r ->
                                r.identityPoolName("authenticated")
                                        .allowUnauthenticatedIdentities(false)
                                        .allowClassicFlow(classicFlow)
                                        .supportedLoginProviders(
                                                Map.of(
                                                        AMAZON,
                                                        io.cognate.identitypool.testing
                                                                .ExternalEndpoints.AMAZON_APP))
                                        .cognitoIdentityProviders(
                                                CognitoIdentityProvider.builder()
                                                        .providerName(USER_POOL)
                                                        .clientId(CLIENT)
                                                        .build()))
                .identityPoolId();
    }

    private String getId(Map<String, String> logins) {
        return app.getId(r -> r.identityPoolId(poolId).logins(logins)).identityId();
    }

    private static String userPoolToken(String sub) {
        return TestTokens.sign(TestTokens.idToken(CLIENT, sub).build());
    }

    private static String amazonToken() {
        return "amzn-valid-" + System.nanoTime();
    }
}
