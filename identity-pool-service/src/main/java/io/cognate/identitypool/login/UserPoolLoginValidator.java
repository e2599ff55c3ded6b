package io.cognate.identitypool.login;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.identitypool.identitypool.CognitoIdentityProvider;
import io.cognate.identitypool.identitypool.IdentityPoolView;
import io.cognate.identitypool.platform.CognateConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Logins["cognito-idp.<region>.amazonaws.com/<userPoolId>"]}: a Cognate user pool's ID
 * token. Its keys come from the configured JWKS URL template (user-pool-service's internal address,
 * never the token's issuer), its {@code iss} must be Cognate's issuer of that pool, {@code
 * token_use} {@code id}, and {@code aud} one of the app clients the identity pool lists for that
 * provider.
 */
@ApplicationScoped
public class UserPoolLoginValidator implements LoginValidator {

    private static final Pattern KEY =
            Pattern.compile("cognito-idp\\.[a-z0-9-]+\\.amazonaws\\.com/([\\w-]+_[0-9a-zA-Z]+)");

    private final LoginTokens tokens;
    private final ServerSideTokenCheck sessionCheck;
    private final String issuerBase;
    private final String jwksTemplate;

    UserPoolLoginValidator(
            LoginTokens tokens, ServerSideTokenCheck sessionCheck, CognateConfig config) {
        this.tokens = tokens;
        this.sessionCheck = sessionCheck;
        this.issuerBase = trimSlash(config.identity().userPoolIssuerBase());
        this.jwksTemplate = config.identity().userPoolJwksUrl();
    }

    /** The user pool id of a user-pool {@code Logins} key, or null for any other key. */
    public static String userPoolId(String providerName) {
        Matcher key = KEY.matcher(providerName);
        return key.matches() ? key.group(1) : null;
    }

    /** The {@code Logins} key of a user pool ({@code <region>_…} ids carry their region). */
    public static String providerName(String userPoolId) {
        String region = userPoolId.substring(0, userPoolId.indexOf('_'));
        return "cognito-idp." + region + ".amazonaws.com/" + userPoolId;
    }

    @Override
    public boolean handles(IdentityPoolView pool, String providerName) {
        return userPoolId(providerName) != null && !clients(pool, providerName).isEmpty();
    }

    @Override
    public Uni<VerifiedLogin> verify(IdentityPoolView pool, String providerName, String token) {
        String userPoolId = userPoolId(providerName);
        String jwksUrl =
                jwksTemplate.replace(
                        "{userPoolId}", URLEncoder.encode(userPoolId, StandardCharsets.UTF_8));
        List<CognitoIdentityProvider> clients = clients(pool, providerName);
        return tokens.verify(token, jwksUrl)
                .chain(
                        claims -> {
                            OidcClaims.requireIssuer(claims, Set.of(issuerBase + "/" + userPoolId));
                            if (!"id".equals(claims.get("token_use"))) {
                                throw new NotAuthorizedException(
                                        "Invalid login token. Not a valid OpenId Connect identity"
                                                + " token.");
                            }
                            String clientId =
                                    OidcClaims.requireAudience(
                                            claims,
                                            clients.stream()
                                                    .map(CognitoIdentityProvider::clientId)
                                                    .toList());
                            String sub = OidcClaims.requireSubject(claims);
                            VerifiedLogin login =
                                    new VerifiedLogin(
                                            providerName,
                                            sub,
                                            List.of(
                                                    providerName,
                                                    providerName + ":CognitoSignIn:" + sub),
                                            claims,
                                            providerName + ":" + clientId);
                            boolean check =
                                    clients.stream()
                                            .anyMatch(
                                                    c ->
                                                            c.clientId().equals(clientId)
                                                                    && Boolean.TRUE.equals(
                                                                            c
                                                                                    .serverSideTokenCheck()));
                            return check
                                    ? sessionCheck
                                            .requireActive(userPoolId, token)
                                            .replaceWith(login)
                                    : Uni.createFrom().item(login);
                        });
    }

    private static List<CognitoIdentityProvider> clients(IdentityPoolView pool, String provider) {
        return pool.providers().cognitoIdentityProviders().stream()
                .filter(p -> p.providerName().equals(provider))
                .toList();
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
