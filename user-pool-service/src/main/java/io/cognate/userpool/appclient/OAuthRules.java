package io.cognate.userpool.appclient;

import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.userpool.errors.InvalidOAuthFlowException;
import io.cognate.userpool.errors.ScopeDoesNotExistException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The OAuth 2.0 settings of an app client that the model cannot check: which flows go together,
 * what each needs, which scopes exist, and what a redirect URL may look like.
 */
final class OAuthRules {

    /**
     * The scopes every pool has; custom ones belong to resource servers, which do not exist yet.
     */
    static final Set<String> STANDARD_SCOPES =
            Set.of("openid", "email", "phone", "profile", "aws.cognito.signin.user.admin");

    /** Hosts for which Cognito accepts plain http redirect URLs (local testing only). */
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private OAuthRules() {}

    static void check(ClientSettings settings, boolean hasSecret) {
        List<String> flows = orEmpty(settings.allowedOAuthFlows());
        List<String> scopes = orEmpty(settings.allowedOAuthScopes());
        List<String> callbacks = orEmpty(settings.callbackURLs());
        boolean oauthClient = Boolean.TRUE.equals(settings.allowedOAuthFlowsUserPoolClient());
        if (!flows.isEmpty() && !oauthClient) {
            throw new InvalidOAuthFlowException(
                    "AllowedOAuthFlows can be set only when AllowedOAuthFlowsUserPoolClient is"
                            + " true.");
        }
        if (oauthClient && (flows.isEmpty() || scopes.isEmpty())) {
            throw new InvalidOAuthFlowException(
                    "AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is"
                            + " allowed to use OAuth flows.");
        }
        boolean clientCredentials = flows.contains("client_credentials");
        if (clientCredentials && flows.size() > 1) {
            throw new InvalidOAuthFlowException(
                    "client_credentials flow can not be combined with the code or implicit flow.");
        }
        if (clientCredentials && !hasSecret) {
            throw new InvalidOAuthFlowException(
                    "client_credentials flow can not be selected if client does not have a client"
                            + " secret.");
        }
        for (String scope : scopes) {
            if (clientCredentials && STANDARD_SCOPES.contains(scope)) {
                throw new InvalidOAuthFlowException(
                        scope + " is not supported with client_credentials flow.");
            }
            if (!STANDARD_SCOPES.contains(scope)) {
                throw new ScopeDoesNotExistException(
                        "Invalid scope requested: " + scope + " (no resource server defines it).");
            }
        }
        if ((flows.contains("code") || flows.contains("implicit")) && callbacks.isEmpty()) {
            throw new InvalidParameterException(
                    "CallbackURLs must name at least one URL for the code and implicit flows.");
        }
        callbacks.forEach(url -> requireRedirectUrl("CallbackURLs", url));
        orEmpty(settings.logoutURLs()).forEach(url -> requireRedirectUrl("LogoutURLs", url));
        String defaultRedirect = settings.defaultRedirectURI();
        if (defaultRedirect != null) {
            requireRedirectUrl("DefaultRedirectURI", defaultRedirect);
            if (!callbacks.contains(defaultRedirect)) {
                throw new InvalidParameterException(
                        "DefaultRedirectURI " + defaultRedirect + " must be one of CallbackURLs.");
            }
        }
    }

    /**
     * An absolute URI without fragment; http only towards the loopback host, https or an app scheme
     * ({@code myapp://callback}) otherwise.
     */
    static void requireRedirectUrl(String member, String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidParameterException(member + ": " + url + " is not a valid URL.");
        }
        if (!uri.isAbsolute()) {
            throw new InvalidParameterException(member + ": " + url + " must be an absolute URL.");
        }
        if (uri.getRawFragment() != null) {
            throw new InvalidParameterException(
                    member + ": " + url + " must not contain a fragment.");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean web = scheme.equals("http") || scheme.equals("https");
        if (web && (uri.getHost() == null || uri.getHost().isEmpty())) {
            throw new InvalidParameterException(member + ": " + url + " must name a host.");
        }
        if (scheme.equals("http") && !LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            throw new InvalidParameterException(
                    member
                            + ": "
                            + url
                            + " must use https; http is allowed only for localhost, 127.0.0.1"
                            + " and [::1].");
        }
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
