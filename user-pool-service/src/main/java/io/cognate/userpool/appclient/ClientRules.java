package io.cognate.userpool.appclient;

import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.userpool.appclient.TokenValidity.Setting;
import io.cognate.userpool.appclient.TokenValidity.Token;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Validates Create/UpdateUserPoolClient settings beyond the model and fills in Cognito's defaults.
 * Both operations pass through here with the whole request, which is why an UpdateUserPoolClient
 * that leaves a setting out returns it to its default, as Cognito does.
 */
final class ClientRules {

    /** What a client may sign in with when the request names no flows. */
    static final List<String> DEFAULT_AUTH_FLOWS =
            List.of("ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH");

    /**
     * Cognito's API default (the console's is ENABLED): "When you create a new app client with the
     * Amazon Cognito user pools API, PreventUserExistenceErrors is LEGACY" (developer guide,
     * cognito-user-pool-managing-errors) and "Defaults to LEGACY" (the model).
     */
    static final String DEFAULT_PREVENT_USER_EXISTENCE_ERRORS = "LEGACY";

    static final int DEFAULT_AUTH_SESSION_MINUTES = 3;

    private static final Set<String> LEGACY_AUTH_FLOWS =
            Set.of("ADMIN_NO_SRP_AUTH", "CUSTOM_AUTH_FLOW_ONLY", "USER_PASSWORD_AUTH");

    private ClientRules() {}

    /**
     * @param schema the names of the pool's attributes, {@code custom:} ones included
     * @param verb "creating" or "updating", for Cognito's wording of attribute errors
     */
    static ClientSettings apply(
            ClientSettings in,
            Set<String> schema,
            boolean hasSecret,
            String userPoolId,
            String verb) {
        TokenValidityUnits units = in.tokenValidityUnits();
        Setting access =
                TokenValidity.resolve(
                        Token.ACCESS,
                        in.accessTokenValidity(),
                        units == null ? null : units.accessToken());
        Setting id =
                TokenValidity.resolve(
                        Token.ID, in.idTokenValidity(), units == null ? null : units.idToken());
        Setting refresh =
                TokenValidity.resolve(
                        Token.REFRESH,
                        in.refreshTokenValidity(),
                        units == null ? null : units.refreshToken());
        TokenValidity.requireRefreshLongest(access, id, refresh);
        requireKnownAttributes(in.readAttributes(), schema, "read", verb);
        requireKnownAttributes(in.writeAttributes(), schema, "write", verb);
        if (in.writeAttributes() != null && in.writeAttributes().contains("sub")) {
            throw new InvalidParameterException(
                    "Invalid write attributes specified while " + verb + " a client: sub");
        }
        requireKnownProviders(in.supportedIdentityProviders(), userPoolId);
        if (Boolean.TRUE.equals(in.enablePropagateAdditionalUserContextData()) && !hasSecret) {
            throw new InvalidParameterException(
                    "EnablePropagateAdditionalUserContextData can be activated only for an app"
                            + " client with a client secret.");
        }
        OAuthRules.check(in, hasSecret);
        return new ClientSettings(
                refresh.value(),
                access.value(),
                id.value(),
                new TokenValidityUnits(access.unit(), id.unit(), refresh.unit()),
                distinct(in.readAttributes()),
                distinct(in.writeAttributes()),
                authFlows(in.explicitAuthFlows()),
                distinct(in.supportedIdentityProviders()),
                distinct(in.callbackURLs()),
                distinct(in.logoutURLs()),
                in.defaultRedirectURI(),
                distinct(in.allowedOAuthFlows()),
                distinct(in.allowedOAuthScopes()),
                Boolean.TRUE.equals(in.allowedOAuthFlowsUserPoolClient()),
                in.analyticsConfiguration(),
                in.preventUserExistenceErrors() == null
                        ? DEFAULT_PREVENT_USER_EXISTENCE_ERRORS
                        : in.preventUserExistenceErrors(),
                in.enableTokenRevocation() == null || in.enableTokenRevocation(),
                Boolean.TRUE.equals(in.enablePropagateAdditionalUserContextData()),
                in.authSessionValidity() == null
                        ? DEFAULT_AUTH_SESSION_MINUTES
                        : in.authSessionValidity(),
                in.refreshTokenRotation());
    }

    /** Legacy names and ALLOW_ names never mix; no flows at all means Cognito's default three. */
    private static List<String> authFlows(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            return DEFAULT_AUTH_FLOWS;
        }
        boolean legacy = requested.stream().anyMatch(LEGACY_AUTH_FLOWS::contains);
        boolean modern = requested.stream().anyMatch(f -> f.startsWith("ALLOW_"));
        if (legacy && modern) {
            throw new InvalidParameterException(
                    "ExplicitAuthFlows cannot combine the legacy values ADMIN_NO_SRP_AUTH,"
                            + " CUSTOM_AUTH_FLOW_ONLY and USER_PASSWORD_AUTH with ALLOW_ values.");
        }
        return distinct(requested);
    }

    private static void requireKnownAttributes(
            List<String> names, Set<String> schema, String access, String verb) {
        List<String> unknown =
                names == null
                        ? List.of()
                        : names.stream().filter(n -> !schema.contains(n)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidParameterException(
                    "Invalid "
                            + access
                            + " attributes specified while "
                            + verb
                            + " a client: "
                            + String.join(", ", unknown)
                            + " not in the user pool's schema");
        }
    }

    /** Only the pool's own directory exists until federation lands with its own issue. */
    private static void requireKnownProviders(List<String> providers, String userPoolId) {
        for (String provider : providers == null ? List.<String>of() : providers) {
            if (!provider.equals("COGNITO")) {
                throw new InvalidParameterException(
                        "The provider " + provider + " does not exist for User Pool " + userPoolId);
            }
        }
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? null : List.copyOf(new LinkedHashSet<>(values));
    }
}
