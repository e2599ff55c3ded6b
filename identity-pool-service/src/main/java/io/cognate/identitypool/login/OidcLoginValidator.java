package io.cognate.identitypool.login;

import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.identitypool.identitypool.IdentityPoolView;
import io.cognate.identitypool.identitypool.LoginProviders;
import io.cognate.identitypool.platform.CognateConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ID tokens of OpenID Connect providers: the pool's {@code OpenIdConnectProviderARNs} (keys,
 * audiences and issuer from {@code cognate.identity.oidc-providers."<host/path>"}, what IAM would
 * hold) and the social providers Google and Apple of {@code SupportedLoginProviders} (audiences =
 * the configured client ids, several separated by {@code ;} or {@code ,}). No key location is ever
 * taken from the token or from discovery.
 */
@ApplicationScoped
public class OidcLoginValidator implements LoginValidator {

    /** Google's and Apple's published key sets, used unless configuration names others. */
    private static final Map<String, String> SOCIAL_JWKS =
            Map.of(
                    "accounts.google.com", "https://www.googleapis.com/oauth2/v3/certs",
                    "appleid.apple.com", "https://appleid.apple.com/auth/keys");

    private static final Map<String, Set<String>> SOCIAL_ISSUERS =
            Map.of(
                    "accounts.google.com",
                    Set.of("https://accounts.google.com", "accounts.google.com"),
                    "appleid.apple.com",
                    Set.of("https://appleid.apple.com"));

    /** Where a provider's keys are, which issuers and audiences its tokens must carry. */
    private record Trust(String jwksUrl, Set<String> issuers, List<String> audiences) {}

    private final LoginTokens tokens;
    private final CognateConfig.Identity config;

    OidcLoginValidator(LoginTokens tokens, CognateConfig config) {
        this.tokens = tokens;
        this.config = config.identity();
    }

    @Override
    public boolean handles(IdentityPoolView pool, String providerName) {
        return isOidcProvider(pool, providerName)
                || (SOCIAL_JWKS.containsKey(providerName)
                        && pool.providers().supportedLoginProviders().containsKey(providerName));
    }

    @Override
    public Uni<VerifiedLogin> verify(IdentityPoolView pool, String providerName, String token) {
        Trust trust;
        try {
            trust = trust(pool, providerName);
        } catch (NotAuthorizedException unconfigured) {
            return Uni.createFrom().failure(unconfigured);
        }
        return tokens.verify(token, trust.jwksUrl())
                .map(
                        claims -> {
                            OidcClaims.requireIssuer(claims, trust.issuers());
                            OidcClaims.requireAudience(claims, trust.audiences());
                            String sub = OidcClaims.requireSubject(claims);
                            return new VerifiedLogin(
                                    providerName,
                                    sub,
                                    List.of(providerName, providerName + ":" + sub),
                                    claims,
                                    providerName);
                        });
    }

    private Trust trust(IdentityPoolView pool, String providerName) {
        if (isOidcProvider(pool, providerName)) {
            CognateConfig.Identity.OidcProvider provider = config.oidcProviders().get(providerName);
            if (provider == null) {
                throw notConfigured(providerName);
            }
            String issuer = provider.issuer().orElse("https://" + providerName);
            return new Trust(provider.jwksUrl(), Set.of(issuer), provider.clientIds());
        }
        String jwksUrl =
                Optional.ofNullable(config.socialProviders().get(providerName))
                        .flatMap(CognateConfig.Identity.SocialProvider::jwksUrl)
                        .orElse(SOCIAL_JWKS.get(providerName));
        List<String> audiences =
                Arrays.stream(
                                pool.providers()
                                        .supportedLoginProviders()
                                        .get(providerName)
                                        .split("[,;]"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
        return new Trust(jwksUrl, SOCIAL_ISSUERS.get(providerName), audiences);
    }

    private static boolean isOidcProvider(IdentityPoolView pool, String providerName) {
        return pool.providers().openIdConnectProviderARNs().stream()
                .anyMatch(arn -> LoginProviders.oidcProviderName(arn).equals(providerName));
    }

    private static NotAuthorizedException notConfigured(String providerName) {
        return new NotAuthorizedException(
                "Invalid login token. The OpenID Connect provider "
                        + providerName
                        + " is not configured in this deployment.");
    }
}
