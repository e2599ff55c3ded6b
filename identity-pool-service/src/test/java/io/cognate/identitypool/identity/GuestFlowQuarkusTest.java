package io.cognate.identitypool.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import io.cognate.identitypool.testing.CognitoClients;
import io.cognate.identitypool.testing.IdentityEventLog;
import io.cognate.identitypool.testing.OpenIdTokenCheck;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/** The guest (unauthenticated) flow: unsigned GetId and GetOpenIdToken through the AWS SDK. */
@QuarkusTest
class GuestFlowQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    @Inject DataSource dataSource;

    private CognitoIdentityClient admin;
    private CognitoIdentityClient app;

    @BeforeEach
    void connect() {
        admin = CognitoClients.root(endpoint);
        app = CognitoClients.anonymous(endpoint);
    }

    @AfterEach
    void close() {
        admin.close();
        app.close();
    }

    @Test
    void getIdWhenGuestsAllowedThenNewUnauthenticatedIdentityEachCall() {
        String poolId = pool(true);

        String first = app.getId(r -> r.identityPoolId(poolId)).identityId();
        String second = app.getId(r -> r.identityPoolId(poolId)).identityId();

        assertThat(first).matches("us-east-1:[0-9a-f-]{36}").isNotEqualTo(second);
        var described = admin.describeIdentity(r -> r.identityId(first));
        assertThat(described.identityId()).isEqualTo(first);
        assertThat(described.logins()).isEmpty();
        assertThat(described.creationDate()).isNotNull();
        assertThat(IdentityEventLog.typesFor(dataSource, first))
                .containsExactly("cognate.identitypool.identity.IdentityCreated");
        assertThat(
                        IdentityEventLog.eventsFor(dataSource, first)
                                .get(0)
                                .at("/data/authenticated")
                                .asBoolean())
                .isFalse();
    }

    @Test
    void getIdWhenGuestsNotAllowedThenNotAuthorized() {
        String poolId = pool(false);

        assertThatThrownBy(() -> app.getId(r -> r.identityPoolId(poolId)))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining(
                        "Unauthenticated access is not supported for this identity pool.");
    }

    @Test
    void getIdWhenPoolUnknownOrAccountOtherThenResourceNotFound() {
        String poolId = pool(true);

        assertThatThrownBy(
                        () ->
                                app.getId(
                                        r ->
                                                r.identityPoolId(
                                                        "us-east-1:00000000-0000-0000-0000-000000000001")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> app.getId(r -> r.identityPoolId(poolId).accountId("111111111111")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void getIdWhenLoginFromUnverifiableProviderThenNotAuthorized() {
        String poolId =
                admin.createIdentityPool(
                                r ->
                                        r.identityPoolName("google")
                                                .allowUnauthenticatedIdentities(true)
                                                .supportedLoginProviders(
                                                        Map.of("accounts.google.com", "client")))
                        .identityPoolId();

        // The token is never accepted unverified, configured provider or not.
        assertThatThrownBy(
                        () ->
                                app.getId(
                                        r ->
                                                r.identityPoolId(poolId)
                                                        .logins(
                                                                Map.of(
                                                                        "accounts.google.com",
                                                                        "eyJhbGciOi.fake.token"))))
                .isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(
                        () ->
                                app.getId(
                                        r ->
                                                r.identityPoolId(poolId)
                                                        .logins(
                                                                Map.of(
                                                                        "graph.facebook.com",
                                                                        "token"))))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void getOpenIdTokenWhenGuestThenTenMinuteUnauthenticatedTokenVerifiableWithJwks() {
        String poolId = pool(true);
        String identityId = app.getId(r -> r.identityPoolId(poolId)).identityId();

        var response = app.getOpenIdToken(r -> r.identityId(identityId));

        assertThat(response.identityId()).isEqualTo(identityId);
        JWTClaimsSet claims = OpenIdTokenCheck.verifiedClaims(endpoint, response.token());
        assertThat(claims.getIssuer()).isEqualTo(OpenIdTokenCheck.ISSUER);
        assertThat(claims.getAudience()).containsExactly(poolId);
        assertThat(claims.getSubject()).isEqualTo(identityId);
        assertThat(claims.getClaim("amr")).isEqualTo(java.util.List.of("unauthenticated"));
        assertThat(
                        Duration.between(
                                claims.getIssueTime().toInstant(),
                                claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void getOpenIdTokenWhenPoolStoppedAllowingGuestsThenNotAuthorized() {
        String poolId = pool(true);
        String identityId = app.getId(r -> r.identityPoolId(poolId)).identityId();
        admin.updateIdentityPool(
                r ->
                        r.identityPoolId(poolId)
                                .identityPoolName("closed")
                                .allowUnauthenticatedIdentities(false));

        assertThatThrownBy(() -> app.getOpenIdToken(r -> r.identityId(identityId)))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessageContaining("Unauthenticated access is not supported");
    }

    @Test
    void getOpenIdTokenWhenIdentityUnknownThenResourceNotFound() {
        assertThatThrownBy(
                        () ->
                                app.getOpenIdToken(
                                        r ->
                                                r.identityId(
                                                        "us-east-1:00000000-0000-0000-0000-000000000002")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void getOpenIdTokenWhenGuestPresentsForgedOwnTokenThenNotAuthorized() {
        String poolId = pool(true);
        String identityId = app.getId(r -> r.identityPoolId(poolId)).identityId();
        String guestToken = app.getOpenIdToken(r -> r.identityId(identityId)).token();
        String[] parts = guestToken.split("\\.");
        String tampered =
                parts[0]
                        + "."
                        + parts[1]
                        + "."
                        + parts[2].substring(0, parts[2].length() - 4)
                        + "AAAA";

        assertThatThrownBy(
                        () ->
                                app.getOpenIdToken(
                                        r ->
                                                r.identityId(identityId)
                                                        .logins(
                                                                Map.of(
                                                                        "cognito-identity.amazonaws.com",
                                                                        tampered))))
                .isInstanceOf(NotAuthorizedException.class);
        // A valid guest token proves no login: it never authenticates an identity.
        assertThatThrownBy(
                        () ->
                                app.getOpenIdToken(
                                        r ->
                                                r.identityId(identityId)
                                                        .logins(
                                                                Map.of(
                                                                        "cognito-identity.amazonaws.com",
                                                                        guestToken))))
                .isInstanceOf(NotAuthorizedException.class);
    }

    private String pool(boolean guests) {
        return admin.createIdentityPool(
                        r ->
                                r.identityPoolName("guests")
                                        .allowUnauthenticatedIdentities(guests)
                                        .allowClassicFlow(true))
                .identityPoolId();
    }
}
