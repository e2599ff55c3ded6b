package io.cognate.identitypool.identitypool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.identitypool.testing.CognitoClients;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.CreateIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityPoolShortDescription;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentity.model.ListIdentityPoolsResponse;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/** Create, Describe, Update, Delete and ListIdentityPools through the real AWS SDK for Java v2. */
@QuarkusTest
class IdentityPoolLifecycleQuarkusTest {

    static final String USER_POOL = "cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123xyz";

    @TestHTTPResource("/")
    URI endpoint;

    private CognitoIdentityClient cognito;

    @BeforeEach
    void connect() {
        cognito = CognitoClients.root(endpoint);
    }

    @AfterEach
    void close() {
        cognito.close();
    }

    @Test
    void createWhenAllSettingsGivenThenDescribedAsCreated() {
        CreateIdentityPoolResponse created =
                cognito.createIdentityPool(
                        r ->
                                r.identityPoolName("My app pool")
                                        .allowUnauthenticatedIdentities(true)
                                        .allowClassicFlow(true)
                                        .supportedLoginProviders(
                                                Map.of(
                                                        "accounts.google.com",
                                                        "123.apps.googleusercontent.com"))
                                        .developerProviderName("login.example.app")
                                        .openIdConnectProviderARNs(
                                                "arn:aws:iam::000000000000:oidc-provider/login.example.com")
                                        .samlProviderARNs(
                                                "arn:aws:iam::000000000000:saml-provider/corp")
                                        .cognitoIdentityProviders(
                                                CognitoIdentityProvider.builder()
                                                        .providerName(USER_POOL)
                                                        .clientId("client123")
                                                        .serverSideTokenCheck(true)
                                                        .build())
                                        .identityPoolTags(Map.of("team", "identity")));

        assertThat(created.identityPoolId()).matches("us-east-1:[0-9a-f-]{36}");
        var described =
                cognito.describeIdentityPool(r -> r.identityPoolId(created.identityPoolId()));
        assertThat(described.identityPoolName()).isEqualTo("My app pool");
        assertThat(described.allowUnauthenticatedIdentities()).isTrue();
        assertThat(described.allowClassicFlow()).isTrue();
        assertThat(described.supportedLoginProviders())
                .containsEntry("accounts.google.com", "123.apps.googleusercontent.com");
        assertThat(described.developerProviderName()).isEqualTo("login.example.app");
        assertThat(described.openIdConnectProviderARNs())
                .containsExactly("arn:aws:iam::000000000000:oidc-provider/login.example.com");
        assertThat(described.samlProviderARNs())
                .containsExactly("arn:aws:iam::000000000000:saml-provider/corp");
        assertThat(described.cognitoIdentityProviders())
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.providerName()).isEqualTo(USER_POOL);
                            assertThat(p.clientId()).isEqualTo("client123");
                            assertThat(p.serverSideTokenCheck()).isTrue();
                        });
        assertThat(described.identityPoolTags()).containsEntry("team", "identity");
    }

    @Test
    void createWhenClassicFlowLeftOutThenDisabled() {
        String id = pool("defaults", false);

        var described = cognito.describeIdentityPool(r -> r.identityPoolId(id));

        assertThat(described.allowUnauthenticatedIdentities()).isFalse();
        assertThat(described.allowClassicFlow()).isFalse();
        assertThat(described.developerProviderName()).isNull();
    }

    @Test
    void createWhenProviderSettingsInvalidThenInvalidParameter() {
        assertThatThrownBy(
                        () ->
                                cognito.createIdentityPool(
                                        r ->
                                                r.identityPoolName("bad")
                                                        .allowUnauthenticatedIdentities(false)
                                                        .supportedLoginProviders(
                                                                Map.of("evil.example.com", "x"))))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(
                        () ->
                                cognito.createIdentityPool(
                                        r ->
                                                r.identityPoolName("bad")
                                                        .allowUnauthenticatedIdentities(false)
                                                        .cognitoIdentityProviders(
                                                                CognitoIdentityProvider.builder()
                                                                        .providerName(
                                                                                "cognito-idp.eu-west-1.amazonaws.com/eu-west-1_x")
                                                                        .clientId("c")
                                                                        .build())))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(
                        () ->
                                cognito.createIdentityPool(
                                        r ->
                                                r.identityPoolName("bad")
                                                        .allowUnauthenticatedIdentities(false)
                                                        .openIdConnectProviderARNs(
                                                                "arn:aws:iam::000000000000:role/not-oidc")))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(
                        () ->
                                cognito.createIdentityPool(
                                        r ->
                                                r.identityPoolName("bad")
                                                        .allowUnauthenticatedIdentities(false)
                                                        .identityPoolTags(Map.of("aws:x", "y"))))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void createWhenNameBreaksModelPatternThenInvalidParameter() {
        assertThatThrownBy(
                        () ->
                                cognito.createIdentityPool(
                                        r ->
                                                r.identityPoolName("no/slashes")
                                                        .allowUnauthenticatedIdentities(false)))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void createWhenUnsignedThenRefused() {
        try (var anonymous = CognitoClients.anonymous(endpoint)) {
            assertThatThrownBy(
                            () ->
                                    anonymous.createIdentityPool(
                                            r ->
                                                    r.identityPoolName("anon")
                                                            .allowUnauthenticatedIdentities(true)))
                    .isInstanceOf(
                            software.amazon.awssdk.services.cognitoidentity.model
                                    .CognitoIdentityException.class);
        }
    }

    @Test
    void updateWhenProvidersLeftOutThenReplacedAsAWhole() {
        var created =
                cognito.createIdentityPool(
                        r ->
                                r.identityPoolName("before")
                                        .allowUnauthenticatedIdentities(false)
                                        .developerProviderName("login.dev")
                                        .supportedLoginProviders(
                                                Map.of("www.amazon.com", "amzn1.app"))
                                        .identityPoolTags(Map.of("keep", "me")));

        var updated =
                cognito.updateIdentityPool(
                        r ->
                                r.identityPoolId(created.identityPoolId())
                                        .identityPoolName("after")
                                        .allowUnauthenticatedIdentities(true));

        assertThat(updated.identityPoolName()).isEqualTo("after");
        assertThat(updated.allowUnauthenticatedIdentities()).isTrue();
        assertThat(updated.supportedLoginProviders()).isEmpty();
        assertThat(updated.developerProviderName()).isEqualTo("login.dev");
        assertThat(updated.identityPoolTags()).containsEntry("keep", "me");
        assertThat(
                        cognito.describeIdentityPool(
                                        r -> r.identityPoolId(created.identityPoolId()))
                                .identityPoolName())
                .isEqualTo("after");
    }

    @Test
    void updateWhenDeveloperProviderNameChangedThenInvalidParameter() {
        var created =
                cognito.createIdentityPool(
                        r ->
                                r.identityPoolName("dev")
                                        .allowUnauthenticatedIdentities(false)
                                        .developerProviderName("login.first"));

        assertThatThrownBy(
                        () ->
                                cognito.updateIdentityPool(
                                        r ->
                                                r.identityPoolId(created.identityPoolId())
                                                        .identityPoolName("dev")
                                                        .allowUnauthenticatedIdentities(false)
                                                        .developerProviderName("login.second")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("DeveloperProviderName");
    }

    @Test
    void describeUpdateDeleteWhenPoolUnknownThenResourceNotFound() {
        String unknown = "us-east-1:00000000-0000-0000-0000-000000000000";

        assertThatThrownBy(() -> cognito.describeIdentityPool(r -> r.identityPoolId(unknown)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(
                        () ->
                                cognito.updateIdentityPool(
                                        r ->
                                                r.identityPoolId(unknown)
                                                        .identityPoolName("x")
                                                        .allowUnauthenticatedIdentities(false)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> cognito.deleteIdentityPool(r -> r.identityPoolId(unknown)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void deleteWhenPoolExistsThenGone() {
        String id = pool("doomed", true);

        cognito.deleteIdentityPool(r -> r.identityPoolId(id));

        assertThatThrownBy(() -> cognito.describeIdentityPool(r -> r.identityPoolId(id)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void listWhenMorePoolsThanPageThenEveryPoolOnceAcrossPages() {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mine.add(pool("listed " + i, false));
        }

        List<String> seen = new ArrayList<>();
        String next = null;
        do {
            String token = next;
            ListIdentityPoolsResponse page =
                    cognito.listIdentityPools(r -> r.maxResults(2).nextToken(token));
            assertThat(page.identityPools()).hasSizeLessThanOrEqualTo(2);
            page.identityPools().stream()
                    .map(IdentityPoolShortDescription::identityPoolId)
                    .forEach(seen::add);
            next = page.nextToken();
        } while (next != null);

        assertThat(seen).containsAll(mine).doesNotHaveDuplicates();
    }

    @Test
    void listWhenTokenIsNotOursThenInvalidParameter() {
        assertThatThrownBy(() -> cognito.listIdentityPools(r -> r.maxResults(2).nextToken("bogus")))
                .isInstanceOf(InvalidParameterException.class);
    }

    private String pool(String name, boolean guests) {
        return cognito.createIdentityPool(
                        r -> r.identityPoolName(name).allowUnauthenticatedIdentities(guests))
                .identityPoolId();
    }
}
