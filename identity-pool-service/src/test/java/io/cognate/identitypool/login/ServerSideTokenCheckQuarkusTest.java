package io.cognate.identitypool.login;

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
import software.amazon.awssdk.services.cognitoidentity.model.ExternalServiceException;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;

/**
 * {@code ServerSideTokenCheck} on a user-pool provider: every login of that provider is put to the
 * user pool's token check (here {@code UserPoolStandIn}, since user-pool-service cannot run in this
 * module's tests; the end-to-end suite asks the real one) and refused with NotAuthorizedException
 * when the user pool no longer stands by the token; without the flag the user pool is not asked; a
 * user pool that cannot answer fails closed.
 */
@QuarkusTest
class ServerSideTokenCheckQuarkusTest {

    static final String CHECKED = "checked_client";
    static final String UNCHECKED = "unchecked_client";

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
                                        r.identityPoolName("server_side_check")
                                                .allowUnauthenticatedIdentities(false)
                                                .cognitoIdentityProviders(
                                                        provider(CHECKED, true),
                                                        provider(UNCHECKED, false)))
                        .identityPoolId();
    }

    @AfterEach
    void close() {
        admin.close();
        app.close();
    }

    @Test
    void getIdWhenUserPoolStandsByTheTokenThenIdentityAndTheUserPoolWasAsked() {
        String sub = TestTokens.newSub();

        String identityId = getId(token(CHECKED, sub));

        assertThat(identityId).startsWith("us-east-1:");
        assertThat(TestTokens.tokenChecksAtUserPool(sub)).isEqualTo(1);
    }

    @Test
    void getIdWhenUserSignedOutAtTheUserPoolThenNotAuthorized() {
        String sub = TestTokens.newSub();
        String token = token(CHECKED, sub);
        String identityId = getId(token);

        TestTokens.signOutAtUserPool(sub);

        assertThatThrownBy(() -> getId(token))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("ID token has been revoked.");
        assertThatThrownBy(
                        () ->
                                app.getCredentialsForIdentity(
                                        r ->
                                                r.identityId(identityId)
                                                        .logins(Map.of(USER_POOL, token))))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void getIdWhenProviderClientHasNoServerSideTokenCheckThenUserPoolNotAsked() {
        String sub = TestTokens.newSub();
        TestTokens.signOutAtUserPool(sub);

        String identityId = getId(token(UNCHECKED, sub));

        assertThat(identityId).startsWith("us-east-1:");
        assertThat(TestTokens.tokenChecksAtUserPool(sub)).isZero();
    }

    @Test
    void getIdWhenUserPoolCannotAnswerThenRefusedNotAccepted() {
        String sub = TestTokens.newSub();
        TestTokens.breakUserPoolFor(sub);

        assertThatThrownBy(() -> getId(token(CHECKED, sub)))
                .isInstanceOf(ExternalServiceException.class)
                .hasMessageContaining("ServerSideTokenCheck");
    }

    private String getId(String token) {
        return app.getId(r -> r.identityPoolId(poolId).logins(Map.of(USER_POOL, token)))
                .identityId();
    }

    private static String token(String clientId, String sub) {
        return TestTokens.sign(TestTokens.idToken(clientId, sub).build());
    }

    private static CognitoIdentityProvider provider(String clientId, boolean check) {
        return CognitoIdentityProvider.builder()
                .providerName(USER_POOL)
                .clientId(clientId)
                .serverSideTokenCheck(check)
                .build();
    }
}
