package io.cognate.userpool.appclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.userpool.testing.CognitoClients;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUserPoolClientsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

/** CreateUserPoolClient … DeleteUserPoolClient through the real AWS SDK for Java v2. */
@QuarkusTest
class AppClientLifecycleQuarkusTest {

    @TestHTTPResource("/")
    URI endpoint;

    private CognitoIdentityProviderClient cognito;
    private String poolId;

    @BeforeEach
    void connect() {
        cognito = CognitoClients.root(endpoint);
        poolId =
                cognito.createUserPool(
                                r ->
                                        r.poolName("clients")
                                                .schema(
                                                        s ->
                                                                s.name("tenant")
                                                                        .attributeDataType(
                                                                                "String")))
                        .userPool()
                        .id();
    }

    @AfterEach
    void close() {
        cognito.close();
    }

    @Test
    void createWhenOnlyNameGivenThenCognitoDefaultsAreReturnedAndDescribed() {
        UserPoolClientType created =
                cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName("web"))
                        .userPoolClient();

        assertThat(created.clientId()).matches("[a-z0-9]{26}");
        assertThat(created.userPoolId()).isEqualTo(poolId);
        assertThat(created.clientName()).isEqualTo("web");
        assertThat(created.clientSecret()).isNull();
        assertThat(created.accessTokenValidity()).isEqualTo(60);
        assertThat(created.idTokenValidity()).isEqualTo(60);
        assertThat(created.refreshTokenValidity()).isEqualTo(30);
        assertThat(created.tokenValidityUnits().accessToken()).isEqualTo(TimeUnitsType.MINUTES);
        assertThat(created.tokenValidityUnits().idToken()).isEqualTo(TimeUnitsType.MINUTES);
        assertThat(created.tokenValidityUnits().refreshToken()).isEqualTo(TimeUnitsType.DAYS);
        assertThat(created.explicitAuthFlows())
                .containsExactly(
                        ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH,
                        ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
                        ExplicitAuthFlowsType.ALLOW_CUSTOM_AUTH);
        assertThat(created.preventUserExistenceErrors())
                .isEqualTo(PreventUserExistenceErrorTypes.LEGACY);
        assertThat(created.enableTokenRevocation()).isTrue();
        assertThat(created.authSessionValidity()).isEqualTo(3);
        assertThat(created.allowedOAuthFlowsUserPoolClient()).isFalse();
        assertThat(created.hasReadAttributes()).isFalse();
        assertThat(created.creationDate()).isNotNull().isEqualTo(created.lastModifiedDate());

        UserPoolClientType described =
                cognito.describeUserPoolClient(
                                r -> r.userPoolId(poolId).clientId(created.clientId()))
                        .userPoolClient();
        assertThat(described).isEqualTo(created);
    }

    @Test
    void createWhenFullOAuthConfigurationGivenThenStoredAsGiven() {
        UserPoolClientType created =
                cognito.createUserPoolClient(
                                r ->
                                        r.userPoolId(poolId)
                                                .clientName("spa")
                                                .accessTokenValidity(30)
                                                .idTokenValidity(30)
                                                .refreshTokenValidity(7)
                                                .tokenValidityUnits(
                                                        u ->
                                                                u.accessToken(TimeUnitsType.MINUTES)
                                                                        .idToken(
                                                                                TimeUnitsType
                                                                                        .MINUTES))
                                                .readAttributes("email", "custom:tenant")
                                                .writeAttributes("email")
                                                .explicitAuthFlows(
                                                        ExplicitAuthFlowsType
                                                                .ALLOW_USER_PASSWORD_AUTH,
                                                        ExplicitAuthFlowsType
                                                                .ALLOW_REFRESH_TOKEN_AUTH)
                                                .supportedIdentityProviders("COGNITO")
                                                .allowedOAuthFlowsUserPoolClient(true)
                                                .allowedOAuthFlows(OAuthFlowType.CODE)
                                                .allowedOAuthScopes("openid", "email")
                                                .callbackURLs(
                                                        "https://app.example/cb",
                                                        "http://localhost:3000/cb")
                                                .defaultRedirectURI("https://app.example/cb")
                                                .logoutURLs("https://app.example/bye")
                                                .preventUserExistenceErrors(
                                                        PreventUserExistenceErrorTypes.ENABLED)
                                                .enableTokenRevocation(false)
                                                .authSessionValidity(15))
                        .userPoolClient();

        assertThat(created.accessTokenValidity()).isEqualTo(30);
        assertThat(created.tokenValidityUnits().refreshToken()).isEqualTo(TimeUnitsType.DAYS);
        assertThat(created.readAttributes()).containsExactly("email", "custom:tenant");
        assertThat(created.writeAttributes()).containsExactly("email");
        assertThat(created.allowedOAuthFlows()).containsExactly(OAuthFlowType.CODE);
        assertThat(created.allowedOAuthScopes()).containsExactly("openid", "email");
        assertThat(created.callbackURLs())
                .containsExactly("https://app.example/cb", "http://localhost:3000/cb");
        assertThat(created.defaultRedirectURI()).isEqualTo("https://app.example/cb");
        assertThat(created.logoutURLs()).containsExactly("https://app.example/bye");
        assertThat(created.preventUserExistenceErrors())
                .isEqualTo(PreventUserExistenceErrorTypes.ENABLED);
        assertThat(created.enableTokenRevocation()).isFalse();
        assertThat(created.authSessionValidity()).isEqualTo(15);
        assertThat(describe(created.clientId())).isEqualTo(created);
    }

    @Test
    void updateWhenSettingsOmittedThenTheyReturnToDefaultsAndNameAndSecretStay() {
        UserPoolClientType created =
                cognito.createUserPoolClient(
                                r ->
                                        r.userPoolId(poolId)
                                                .clientName("before")
                                                .generateSecret(true)
                                                .accessTokenValidity(2)
                                                .readAttributes("email")
                                                .preventUserExistenceErrors(
                                                        PreventUserExistenceErrorTypes.ENABLED))
                        .userPoolClient();

        UserPoolClientType updated =
                cognito.updateUserPoolClient(
                                r ->
                                        r.userPoolId(poolId)
                                                .clientId(created.clientId())
                                                .authSessionValidity(10))
                        .userPoolClient();

        assertThat(updated.clientName()).isEqualTo("before");
        assertThat(updated.clientSecret()).isEqualTo(created.clientSecret());
        assertThat(updated.authSessionValidity()).isEqualTo(10);
        assertThat(updated.accessTokenValidity()).isEqualTo(60);
        assertThat(updated.tokenValidityUnits().accessToken()).isEqualTo(TimeUnitsType.MINUTES);
        assertThat(updated.hasReadAttributes()).isFalse();
        assertThat(updated.preventUserExistenceErrors())
                .isEqualTo(PreventUserExistenceErrorTypes.LEGACY);
        assertThat(updated.creationDate()).isEqualTo(created.creationDate());
        assertThat(updated.lastModifiedDate()).isAfterOrEqualTo(created.lastModifiedDate());
        assertThat(describe(created.clientId())).isEqualTo(updated);

        cognito.updateUserPoolClient(
                r -> r.userPoolId(poolId).clientId(created.clientId()).clientName("after"));
        assertThat(describe(created.clientId()).clientName()).isEqualTo("after");
    }

    @Test
    void listWhenClientsSpanSeveralPagesThenEveryClientAppearsExactlyOnce() {
        Set<String> mine = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            mine.add(create("paged-" + n).clientId());
        }
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            ListUserPoolClientsResponse page =
                    cognito.listUserPoolClients(
                            r -> r.userPoolId(poolId).maxResults(2).nextToken(next));
            assertThat(page.userPoolClients()).hasSizeLessThanOrEqualTo(2);
            page.userPoolClients().forEach(c -> seen.add(c.clientId()));
            if (token == null) {
                // A client created mid-listing lands after the current position, never twice.
                mine.add(create("late").clientId());
            }
            token = page.nextToken();
        } while (token != null);

        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(mine);
    }

    @Test
    void listWhenNoMaxResultsThenDescriptionsOnlyOfThatPool() {
        String id = create("only").clientId();
        cognito.createUserPoolClient(
                r ->
                        r.userPoolId(
                                        cognito.createUserPool(p -> p.poolName("other"))
                                                .userPool()
                                                .id())
                                .clientName("elsewhere"));

        List<UserPoolClientDescription> clients =
                cognito.listUserPoolClients(r -> r.userPoolId(poolId)).userPoolClients();

        assertThat(clients)
                .singleElement()
                .isEqualTo(
                        UserPoolClientDescription.builder()
                                .clientId(id)
                                .userPoolId(poolId)
                                .clientName("only")
                                .build());
    }

    @Test
    void listWhenTokenForgedThenInvalidParameter() {
        assertThatThrownBy(
                        () ->
                                cognito.listUserPoolClients(
                                        r -> r.userPoolId(poolId).nextToken("bm90LWEtdG9rZW4")))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void deleteWhenClientExistsThenGoneWithCognitoWording() {
        String id = create("doomed").clientId();

        cognito.deleteUserPoolClient(r -> r.userPoolId(poolId).clientId(id));

        assertThatThrownBy(() -> describe(id))
                .isInstanceOf(ResourceNotFoundException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .isEqualTo("User pool client " + id + " does not exist."));
        assertThatThrownBy(
                        () -> cognito.deleteUserPoolClient(r -> r.userPoolId(poolId).clientId(id)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void describeWhenClientBelongsToAnotherPoolThenNotFound() {
        String id = create("mine").clientId();
        String other = cognito.createUserPool(r -> r.poolName("other")).userPool().id();

        assertThatThrownBy(
                        () -> cognito.describeUserPoolClient(r -> r.userPoolId(other).clientId(id)))
                .isInstanceOf(ResourceNotFoundException.class)
                .satisfies(
                        e ->
                                assertThat(message(e))
                                        .isEqualTo("User pool client " + id + " does not exist."));
    }

    @Test
    void everyOperationWhenPoolUnknownThenUserPoolDoesNotExist() {
        String pool = "us-east-1_NoSuchOne";
        List<Runnable> calls =
                List.of(
                        () -> cognito.createUserPoolClient(r -> r.userPoolId(pool).clientName("x")),
                        () -> cognito.describeUserPoolClient(r -> r.userPoolId(pool).clientId("x")),
                        () -> cognito.updateUserPoolClient(r -> r.userPoolId(pool).clientId("x")),
                        () -> cognito.deleteUserPoolClient(r -> r.userPoolId(pool).clientId("x")),
                        () -> cognito.listUserPoolClients(r -> r.userPoolId(pool)));
        for (Runnable call : calls) {
            assertThatThrownBy(call::run)
                    .isInstanceOf(ResourceNotFoundException.class)
                    .satisfies(
                            e ->
                                    assertThat(message(e))
                                            .isEqualTo("User pool " + pool + " does not exist."));
        }
    }

    private UserPoolClientType create(String name) {
        return cognito.createUserPoolClient(r -> r.userPoolId(poolId).clientName(name))
                .userPoolClient();
    }

    private UserPoolClientType describe(String clientId) {
        return cognito.describeUserPoolClient(r -> r.userPoolId(poolId).clientId(clientId))
                .userPoolClient();
    }

    static String message(Throwable e) {
        return ((software.amazon.awssdk.awscore.exception.AwsServiceException) e)
                .awsErrorDetails()
                .errorMessage();
    }
}
