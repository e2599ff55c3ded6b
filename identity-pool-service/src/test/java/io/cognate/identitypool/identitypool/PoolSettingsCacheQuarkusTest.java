package io.cognate.identitypool.identitypool;

import static io.cognate.identitypool.testing.TestTokens.USER_POOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.identitypool.testing.CognitoClients;
import io.cognate.identitypool.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/**
 * The public operations read a pool's settings from a cache (5 s by default): a change made through
 * this replica must still apply to the very next request, for every setting they read. Each test
 * reads the pool first, so its settings are cached, then changes them.
 */
@QuarkusTest
class PoolSettingsCacheQuarkusTest {

    static final String CLIENT = "web_client";
    static final String AUTH = "arn:aws:iam::000000000000:role/authenticated";
    static final String EDITORS = "arn:aws:iam::000000000000:role/editors";
    static final String GUESTS = "arn:aws:iam::000000000000:role/guests";

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
                                        r.identityPoolName("cached")
                                                .allowUnauthenticatedIdentities(true)
                                                .cognitoIdentityProviders(provider()))
                        .identityPoolId();
        admin.setIdentityPoolRoles(
                r ->
                        r.identityPoolId(poolId)
                                .roles(Map.of("authenticated", AUTH, "unauthenticated", GUESTS)));
    }

    @AfterEach
    void close() {
        admin.close();
        app.close();
    }

    @Test
    void setIdentityPoolRolesWhenSettingsCachedThenNextCredentialsUseTheNewRole() {
        Map<String, String> logins = logins(TestTokens.newSub());
        String identityId = app.getId(r -> r.identityPoolId(poolId).logins(logins)).identityId();
        credentials(identityId, logins);
        assertThat(TestTokens.acceptedByBroker(identityId)).containsEntry("RoleArn", AUTH);

        admin.setIdentityPoolRoles(
                r ->
                        r.identityPoolId(poolId)
                                .roles(
                                        Map.of(
                                                "authenticated",
                                                EDITORS,
                                                "unauthenticated",
                                                GUESTS)));
        credentials(identityId, logins);

        assertThat(TestTokens.acceptedByBroker(identityId)).containsEntry("RoleArn", EDITORS);
    }

    @Test
    void updateIdentityPoolWhenGuestsCachedAsAllowedThenNextGuestRefused() {
        String guest = app.getId(r -> r.identityPoolId(poolId)).identityId();
        app.getCredentialsForIdentity(r -> r.identityId(guest));

        admin.updateIdentityPool(
                r ->
                        r.identityPoolId(poolId)
                                .identityPoolName("cached")
                                .allowUnauthenticatedIdentities(false)
                                .cognitoIdentityProviders(provider()));

        assertThatThrownBy(() -> app.getId(r -> r.identityPoolId(poolId)))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Unauthenticated access is not supported");
        assertThatThrownBy(() -> app.getCredentialsForIdentity(r -> r.identityId(guest)))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Unauthenticated access is not supported");
    }

    @Test
    void updateIdentityPoolWhenProviderRemovedThenItsCachedLoginsRefused() {
        Map<String, String> logins = logins(TestTokens.newSub());
        String identityId = app.getId(r -> r.identityPoolId(poolId).logins(logins)).identityId();
        credentials(identityId, logins);

        admin.updateIdentityPool(
                r ->
                        r.identityPoolId(poolId)
                                .identityPoolName("cached")
                                .allowUnauthenticatedIdentities(true));

        assertThatThrownBy(() -> app.getId(r -> r.identityPoolId(poolId).logins(logins)))
                .isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> credentials(identityId, logins))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void setPrincipalTagAttributeMapWhenSettingsCachedThenNextTokenCarriesTheTags() {
        String sub = TestTokens.newSub();
        Map<String, String> logins = logins(sub);
        String identityId = app.getId(r -> r.identityPoolId(poolId).logins(logins)).identityId();
        credentials(identityId, logins);
        assertThat(TestTokens.acceptedByBroker(identityId))
                .containsEntry("PrincipalTags", Map.of());

        admin.setPrincipalTagAttributeMap(
                r -> r.identityPoolId(poolId).identityProviderName(USER_POOL).useDefaults(true));
        credentials(identityId, logins);

        assertThat(TestTokens.acceptedByBroker(identityId))
                .containsEntry("PrincipalTags", Map.of("username", sub, "client", CLIENT));
    }

    @Test
    void deleteIdentityPoolWhenSettingsCachedThenNextGetIdNotFound() {
        Map<String, String> logins = logins(TestTokens.newSub());
        String identityId = app.getId(r -> r.identityPoolId(poolId).logins(logins)).identityId();
        credentials(identityId, logins);

        admin.deleteIdentityPool(r -> r.identityPoolId(poolId));

        assertThatThrownBy(() -> app.getId(r -> r.identityPoolId(poolId).logins(logins)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> app.getId(r -> r.identityPoolId(poolId)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> credentials(identityId, logins))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    private void credentials(String identityId, Map<String, String> logins) {
        var response = app.getCredentialsForIdentity(r -> r.identityId(identityId).logins(logins));
        assertThat(response.credentials().accessKeyId()).startsWith("ASIA");
    }

    private static Map<String, String> logins(String sub) {
        return Map.of(USER_POOL, TestTokens.sign(TestTokens.idToken(CLIENT, sub).build()));
    }

    private static CognitoIdentityProvider provider() {
        return CognitoIdentityProvider.builder().providerName(USER_POOL).clientId(CLIENT).build();
    }
}
