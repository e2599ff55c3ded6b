package io.cognate.userpool.appclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.contracts.json.AwsJson;
import io.cognate.userpool.errors.InvalidOAuthFlowException;
import io.cognate.userpool.errors.ScopeDoesNotExistException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientRulesTest {

    private static final Set<String> SCHEMA = Set.of("sub", "email", "name", "custom:tenant");

    @Test
    void applyWhenNothingGivenThenCognitoDefaults() {
        ClientSettings settings = apply("{}", false);

        assertThat(settings.accessTokenValidity()).isEqualTo(60);
        assertThat(settings.idTokenValidity()).isEqualTo(60);
        assertThat(settings.refreshTokenValidity()).isEqualTo(30);
        assertThat(settings.tokenValidityUnits())
                .isEqualTo(new TokenValidityUnits("minutes", "minutes", "days"));
        assertThat(settings.explicitAuthFlows())
                .containsExactly(
                        "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH");
        assertThat(settings.preventUserExistenceErrors()).isEqualTo("LEGACY");
        assertThat(settings.enableTokenRevocation()).isTrue();
        assertThat(settings.authSessionValidity()).isEqualTo(3);
        assertThat(settings.allowedOAuthFlowsUserPoolClient()).isFalse();
        assertThat(settings.readAttributes()).isNull();
        assertThat(settings.toStored()).doesNotContainKeys("ReadAttributes", "CallbackURLs");
    }

    @Test
    void applyWhenValuesWithoutUnitsThenHoursAndDays() {
        ClientSettings settings =
                apply(
                        "{\"AccessTokenValidity\":2,\"IdTokenValidity\":24,"
                                + "\"RefreshTokenValidity\":0}",
                        false);

        assertThat(settings.tokenValidityUnits())
                .isEqualTo(new TokenValidityUnits("hours", "hours", "days"));
        assertThat(settings.accessTokenValidity()).isEqualTo(2);
        assertThat(settings.refreshTokenValidity()).isEqualTo(30);
    }

    @Test
    void applyWhenUnitGivenWithoutValueThenDefaultInThatUnit() {
        ClientSettings settings =
                apply("{\"TokenValidityUnits\":{\"AccessToken\":\"seconds\"}}", false);

        assertThat(settings.accessTokenValidity()).isEqualTo(3600);
        assertThat(settings.tokenValidityUnits().accessToken()).isEqualTo("seconds");
    }

    @Test
    void applyWhenTokenValidityOutOfRangeThenInvalidParameterNamingIt() {
        assertRefused(
                "{\"AccessTokenValidity\":2,\"TokenValidityUnits\":{\"AccessToken\":\"days\"}}",
                "AccessTokenValidity must be between 5 minutes and 1 day");
        assertRefused(
                "{\"IdTokenValidity\":299,\"TokenValidityUnits\":{\"IdToken\":\"seconds\"}}",
                "IdTokenValidity must be between 5 minutes and 1 day");
        assertRefused(
                "{\"RefreshTokenValidity\":3651}",
                "RefreshTokenValidity must be between 60 minutes and 10 years");
        assertRefused(
                "{\"RefreshTokenValidity\":59,"
                        + "\"TokenValidityUnits\":{\"RefreshToken\":\"minutes\"}}",
                "RefreshTokenValidity must be between");
    }

    @Test
    void applyWhenRefreshNotLongerThanAccessThenInvalidParameter() {
        assertRefused(
                "{\"AccessTokenValidity\":24,\"RefreshTokenValidity\":1,"
                        + "\"TokenValidityUnits\":{\"RefreshToken\":\"days\"}}",
                "RefreshTokenValidity must be longer");
    }

    @Test
    void applyWhenLegacyAndAllowFlowsMixedThenInvalidParameter() {
        assertRefused(
                "{\"ExplicitAuthFlows\":[\"USER_PASSWORD_AUTH\",\"ALLOW_USER_SRP_AUTH\"]}",
                "cannot combine the legacy values");
        assertThat(
                        apply("{\"ExplicitAuthFlows\":[\"ADMIN_NO_SRP_AUTH\"]}", false)
                                .explicitAuthFlows())
                .containsExactly("ADMIN_NO_SRP_AUTH");
    }

    @Test
    void applyWhenAttributesOutsideSchemaThenCognitoWordingWithTheNames() {
        assertRefused(
                "{\"ReadAttributes\":[\"email\",\"custom:nope\"]}",
                "Invalid read attributes specified while creating a client: custom:nope");
        assertRefused(
                "{\"WriteAttributes\":[\"sub\"]}",
                "Invalid write attributes specified while creating a client");
        assertThat(
                        apply("{\"ReadAttributes\":[\"email\",\"custom:tenant\"]}", false)
                                .readAttributes())
                .containsExactly("email", "custom:tenant");
    }

    @Test
    void applyWhenOAuthFlowsBreakCognitoRulesThenModeledErrors() {
        assertThatThrownBy(() -> apply("{\"AllowedOAuthFlows\":[\"code\"]}", false))
                .isInstanceOf(InvalidOAuthFlowException.class);
        assertThatThrownBy(() -> apply(oauth("[\"client_credentials\"]", "[]", "[]"), false))
                .isInstanceOf(InvalidOAuthFlowException.class)
                .hasMessageContaining("AllowedOAuthScopes are required");
        assertThatThrownBy(
                        () ->
                                apply(
                                        oauth(
                                                "[\"client_credentials\",\"code\"]",
                                                "[\"openid\"]",
                                                "[\"https://app.example/cb\"]"),
                                        true))
                .isInstanceOf(InvalidOAuthFlowException.class)
                .hasMessageContaining("can not be combined");
        assertThatThrownBy(
                        () -> apply(oauth("[\"client_credentials\"]", "[\"openid\"]", "[]"), false))
                .isInstanceOf(InvalidOAuthFlowException.class)
                .hasMessageContaining("does not have a client secret");
        assertThatThrownBy(
                        () -> apply(oauth("[\"client_credentials\"]", "[\"openid\"]", "[]"), true))
                .isInstanceOf(InvalidOAuthFlowException.class)
                .hasMessageContaining("openid is not supported with client_credentials flow");
        assertThatThrownBy(() -> apply(oauth("[\"code\"]", "[\"api/read\"]", "[]"), false))
                .isInstanceOf(ScopeDoesNotExistException.class)
                .hasMessageContaining("api/read");
        assertThatThrownBy(() -> apply(oauth("[\"code\"]", "[\"openid\"]", "[]"), false))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("CallbackURLs");
    }

    @Test
    void requireRedirectUrlWhenUrlBreaksCognitoRulesThenInvalidParameter() {
        for (String url :
                List.of(
                        "http://app.example/cb",
                        "https://app.example/cb#frag",
                        "/relative/cb",
                        "https:///no-host",
                        "https://bad url")) {
            assertThatThrownBy(() -> OAuthRules.requireRedirectUrl("CallbackURLs", url))
                    .as(url)
                    .isInstanceOf(InvalidParameterException.class)
                    .hasMessageContaining("CallbackURLs");
        }
        for (String url :
                List.of(
                        "https://app.example/cb?x=1",
                        "http://localhost:3000/cb",
                        "http://127.0.0.1/cb",
                        "http://[::1]:8080/cb",
                        "myapp://callback")) {
            OAuthRules.requireRedirectUrl("CallbackURLs", url);
        }
    }

    @Test
    void applyWhenDefaultRedirectNotACallbackThenInvalidParameter() {
        String body =
                "{\"AllowedOAuthFlowsUserPoolClient\":true,\"AllowedOAuthFlows\":[\"code\"],"
                        + "\"AllowedOAuthScopes\":[\"openid\"],"
                        + "\"CallbackURLs\":[\"https://app.example/cb\"],"
                        + "\"DefaultRedirectURI\":\"https://app.example/other\"}";
        assertRefused(body, "must be one of CallbackURLs");
    }

    @Test
    void applyWhenContextDataPropagationWithoutSecretThenInvalidParameter() {
        assertRefused("{\"EnablePropagateAdditionalUserContextData\":true}", "client secret");
        assertThat(
                        apply("{\"EnablePropagateAdditionalUserContextData\":true}", true)
                                .enablePropagateAdditionalUserContextData())
                .isTrue();
    }

    @Test
    void applyWhenProviderIsNotCognitoThenInvalidParameter() {
        assertRefused(
                "{\"SupportedIdentityProviders\":[\"COGNITO\",\"Google\"]}",
                "The provider Google does not exist for User Pool us-east-1_test");
    }

    private static String oauth(String flows, String scopes, String callbacks) {
        return "{\"AllowedOAuthFlowsUserPoolClient\":true,\"AllowedOAuthFlows\":"
                + flows
                + ",\"AllowedOAuthScopes\":"
                + scopes
                + ",\"CallbackURLs\":"
                + callbacks
                + "}";
    }

    private static void assertRefused(String body, String message) {
        assertThatThrownBy(() -> apply(body, false))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining(message);
    }

    private static ClientSettings apply(String body, boolean hasSecret) {
        try {
            ObjectNode input = (ObjectNode) AwsJson.mapper().readTree(body);
            return ClientRules.apply(
                    ClientSettings.fromInput(input),
                    SCHEMA,
                    hasSecret,
                    "us-east-1_test",
                    "creating");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
