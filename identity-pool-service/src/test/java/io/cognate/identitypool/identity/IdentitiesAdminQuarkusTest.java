package io.cognate.identitypool.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.cognate.identitypool.testing.CognitoClients;
import io.cognate.identitypool.testing.IdentityEventLog;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityDescription;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/**
 * ListIdentities, DescribeIdentity, DeleteIdentities and DeleteIdentityPool's identities through
 * the AWS SDK, and the served JWKS and discovery documents.
 */
@QuarkusTest
class IdentitiesAdminQuarkusTest {

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
        poolId =
                admin.createIdentityPool(
                                r ->
                                        r.identityPoolName("admin")
                                                .allowUnauthenticatedIdentities(true))
                        .identityPoolId();
    }

    @AfterEach
    void close() {
        admin.close();
        app.close();
    }

    @Test
    void listIdentitiesWhenMoreThanPageThenEachOnceInCreationOrder() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(app.getId(r -> r.identityPoolId(poolId)).identityId());
        }

        List<String> seen = new ArrayList<>();
        String next = null;
        do {
            String token = next;
            var page =
                    admin.listIdentities(
                            r -> r.identityPoolId(poolId).maxResults(2).nextToken(token));
            assertThat(page.identityPoolId()).isEqualTo(poolId);
            assertThat(page.identities()).hasSizeLessThanOrEqualTo(2);
            page.identities().stream().map(IdentityDescription::identityId).forEach(seen::add);
            next = page.nextToken();
        } while (next != null);

        assertThat(seen).containsExactlyElementsOf(created);
    }

    @Test
    void listIdentitiesWhenPoolUnknownOrTokenForeignThenModeledErrors() {
        assertThatThrownBy(
                        () ->
                                admin.listIdentities(
                                        r ->
                                                r.identityPoolId(
                                                                "us-east-1:00000000-0000-0000-0000-000000000004")
                                                        .maxResults(5)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(
                        () ->
                                admin.listIdentities(
                                        r ->
                                                r.identityPoolId(poolId)
                                                        .maxResults(5)
                                                        .nextToken("junk")))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void describeIdentityWhenUnknownThenResourceNotFound() {
        assertThatThrownBy(
                        () ->
                                admin.describeIdentity(
                                        r ->
                                                r.identityId(
                                                        "us-east-1:00000000-0000-0000-0000-000000000005")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void deleteIdentitiesWhenMixedThenOursDeletedAndForeignRegionUnprocessed() {
        String identityId = app.getId(r -> r.identityPoolId(poolId)).identityId();
        String foreign = "eu-west-1:00000000-0000-0000-0000-000000000006";
        String unknown = "us-east-1:00000000-0000-0000-0000-000000000007";

        var response =
                admin.deleteIdentities(r -> r.identityIdsToDelete(identityId, foreign, unknown));

        assertThat(response.unprocessedIdentityIds())
                .singleElement()
                .satisfies(
                        u -> {
                            assertThat(u.identityId()).isEqualTo(foreign);
                            assertThat(u.errorCodeAsString()).isEqualTo("AccessDenied");
                        });
        assertThatThrownBy(() -> admin.describeIdentity(r -> r.identityId(identityId)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(IdentityEventLog.typesFor(dataSource, identityId))
                .containsExactly(
                        "cognate.identitypool.identity.IdentityCreated",
                        "cognate.identitypool.identity.IdentityDeleted");
    }

    @Test
    void deleteIdentityPoolWhenIdentitiesExistThenEachAnnouncedDeleted() {
        String identityId = app.getId(r -> r.identityPoolId(poolId)).identityId();

        admin.deleteIdentityPool(r -> r.identityPoolId(poolId));

        assertThatThrownBy(() -> admin.describeIdentity(r -> r.identityId(identityId)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(IdentityEventLog.typesFor(dataSource, identityId))
                .endsWith("cognate.identitypool.identity.IdentityDeleted");
        assertThat(
                        IdentityEventLog.eventsFor(dataSource, identityId)
                                .get(0)
                                .at("/data/identityPoolId")
                                .asText())
                .isEqualTo(poolId);
    }

    @Test
    void jwksAndDiscoveryWhenFetchedThenOneRs256KeyUnderTheIssuer() {
        for (String path :
                List.of("/identity/.well-known/jwks_uri", "/identity/.well-known/jwks.json")) {
            given().baseUri(endpoint.toString())
                    .get(path)
                    .then()
                    .statusCode(200)
                    .body("keys", hasSize(1))
                    .body("keys[0].kty", equalTo("RSA"))
                    .body("keys[0].alg", equalTo("RS256"))
                    .body("keys[0].use", equalTo("sig"));
        }
        given().baseUri(endpoint.toString())
                .get("/identity/.well-known/openid-configuration")
                .then()
                .statusCode(200)
                .body("issuer", equalTo("http://127.0.0.1:8080/identity"))
                .body("jwks_uri", equalTo("http://127.0.0.1:8080/identity/.well-known/jwks_uri"));
    }
}
