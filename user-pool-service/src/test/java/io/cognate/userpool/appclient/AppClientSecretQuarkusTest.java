package io.cognate.userpool.appclient;

import static io.cognate.userpool.appclient.AppClientLifecycleQuarkusTest.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.userpool.testing.CognitoClients;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/**
 * Client secrets: generated like Cognito's, returned by Create and Describe, stored only sealed,
 * checked through the {@link AppClients} port, and gone with their pool.
 */
@QuarkusTest
class AppClientSecretQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    @Inject Pool database;

    @Inject AppClients appClients;

    private CognitoIdentityProviderClient cognito;
    private String poolId;

    @BeforeEach
    void connect() {
        cognito = CognitoClients.root(endpoint);
        poolId = cognito.createUserPool(r -> r.poolName("secrets")).userPool().id();
    }

    @AfterEach
    void close() {
        cognito.close();
    }

    @Test
    void createWhenGenerateSecretThenCognitoShapedSecretReturnedAndDescribed() {
        UserPoolClientType created = createConfidential();

        assertThat(created.clientSecret()).matches("[a-z0-9]{51}");
        assertThat(
                        cognito.describeUserPoolClient(
                                        r -> r.userPoolId(poolId).clientId(created.clientId()))
                                .userPoolClient()
                                .clientSecret())
                .isEqualTo(created.clientSecret());
    }

    @Test
    void createWhenGenerateSecretThenColumnHoldsOnlyCiphertext() {
        UserPoolClientType created = createConfidential();
        String secret = created.clientSecret();

        Row row =
                database.preparedQuery(
                                "SELECT secret_ciphertext, settings::text AS settings"
                                        + " FROM user_pool.app_client WHERE client_id = $1")
                        .execute(Tuple.of(created.clientId()))
                        .await()
                        .indefinitely()
                        .iterator()
                        .next();
        byte[] stored = row.getBuffer("secret_ciphertext").getBytes();

        assertThat(stored).hasSize(1 + 12 + secret.length() + 16);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(secret);
        assertThat(HexFormat.of().formatHex(stored))
                .doesNotContain(HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8)));
        assertThat(Base64.getEncoder().encodeToString(stored)).doesNotContain(secret);
        assertThat(row.getString("settings")).doesNotContain(secret);
    }

    @Test
    void createWhenCustomClientSecretThenThatSecretIsUsed() {
        String chosen = "my_own_client_secret_0123456789";
        UserPoolClientType created =
                cognito.createUserPoolClient(
                                r -> r.userPoolId(poolId).clientName("custom").clientSecret(chosen))
                        .userPoolClient();

        assertThat(created.clientSecret()).isEqualTo(chosen);
        AppClient client = require(created.clientId());
        appClients.verifySecretHash(
                client, "carol", SecretHash.of(chosen, "carol", client.clientId()));
    }

    @Test
    void createWhenBothGenerateSecretAndClientSecretThenInvalidParameter() {
        assertThatThrownBy(
                        () ->
                                cognito.createUserPoolClient(
                                        r ->
                                                r.userPoolId(poolId)
                                                        .clientName("both")
                                                        .generateSecret(true)
                                                        .clientSecret(
                                                                "my_own_client_secret_01234")))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void requireWhenClientHasSecretThenPortVerifiesSecretHash() {
        UserPoolClientType created = createConfidential();

        AppClient client = require(created.clientId());

        assertThat(client.hasSecret()).isTrue();
        assertThat(client.userPoolId()).isEqualTo(poolId);
        assertThat(client.toString()).doesNotContain(created.clientSecret());
        appClients.verifySecretHash(
                client,
                "alice",
                SecretHash.of(created.clientSecret(), "alice", created.clientId()));
        assertThatThrownBy(
                        () ->
                                appClients.verifySecretHash(
                                        client,
                                        "mallory",
                                        SecretHash.of(
                                                created.clientSecret(),
                                                "alice",
                                                created.clientId())))
                .isInstanceOf(NotAuthorizedException.class)
                .hasMessage("Unable to verify secret hash for client " + created.clientId());
    }

    @Test
    void requireWhenClientUnknownThenResourceNotFoundWithCognitoWording() {
        assertThatThrownBy(() -> require("nosuchclient00000000000000"))
                .isInstanceOf(io.cognate.contracts.aws.error.ResourceNotFoundException.class)
                .hasMessage("User pool client nosuchclient00000000000000 does not exist.");
    }

    @Test
    void deletePoolWhenItHasClientsThenClientsAreDeletedToo() {
        String clientId = createConfidential().clientId();

        cognito.deleteUserPool(r -> r.userPoolId(poolId));

        long left =
                database.preparedQuery(
                                "SELECT count(*) AS n FROM user_pool.app_client WHERE user_pool_id = $1")
                        .execute(Tuple.of(poolId))
                        .await()
                        .indefinitely()
                        .iterator()
                        .next()
                        .getLong("n");
        assertThat(left).isZero();
        assertThatThrownBy(() -> require(clientId))
                .isInstanceOf(io.cognate.contracts.aws.error.ResourceNotFoundException.class);
        assertThatThrownBy(
                        () ->
                                cognito.describeUserPoolClient(
                                        r -> r.userPoolId(poolId).clientId(clientId)))
                .isInstanceOf(ResourceNotFoundException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .isEqualTo("User pool " + poolId + " does not exist."));
    }

    private UserPoolClientType createConfidential() {
        return cognito.createUserPoolClient(
                        r -> r.userPoolId(poolId).clientName("backend").generateSecret(true))
                .userPoolClient();
    }

    private AppClient require(String clientId) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> appClients.require(clientId));
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
