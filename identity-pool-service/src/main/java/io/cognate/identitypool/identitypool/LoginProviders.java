package io.cognate.identitypool.identitypool;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The login providers a pool trusts, as CreateIdentityPool names them; stored as one JSONB
 * document.
 */
public record LoginProviders(
        Map<String, String> supportedLoginProviders,
        List<String> openIdConnectProviderARNs,
        List<CognitoIdentityProvider> cognitoIdentityProviders,
        List<String> samlProviderARNs) {

    private static final String OIDC_MARKER = ":oidc-provider/";

    public LoginProviders {
        supportedLoginProviders =
                supportedLoginProviders == null ? Map.of() : supportedLoginProviders;
        openIdConnectProviderARNs =
                openIdConnectProviderARNs == null ? List.of() : openIdConnectProviderARNs;
        cognitoIdentityProviders =
                cognitoIdentityProviders == null ? List.of() : cognitoIdentityProviders;
        samlProviderARNs = samlProviderARNs == null ? List.of() : samlProviderARNs;
    }

    /**
     * The {@code Logins} key of an IAM OIDC provider: its URL without scheme, which the ARN ends
     * with ({@code arn:aws:iam::123456789012:oidc-provider/login.example.com}).
     */
    public static String oidcProviderName(String arn) {
        int at = arn.indexOf(OIDC_MARKER);
        return at < 0 ? arn : arn.substring(at + OIDC_MARKER.length());
    }

    /** Provider names as {@code Logins} keys and principal-tag maps name them. */
    public Set<String> providerNames() {
        Set<String> names = new LinkedHashSet<>(supportedLoginProviders.keySet());
        cognitoIdentityProviders.forEach(p -> names.add(p.providerName()));
        openIdConnectProviderARNs.forEach(arn -> names.add(oidcProviderName(arn)));
        names.addAll(samlProviderARNs);
        return names;
    }

    /** Keys {@code RoleMappings} may use: user pools are keyed by provider and app client. */
    public Set<String> roleMappingKeys() {
        Set<String> keys = new LinkedHashSet<>(supportedLoginProviders.keySet());
        cognitoIdentityProviders.forEach(p -> keys.add(p.roleMappingKey()));
        openIdConnectProviderARNs.forEach(arn -> keys.add(oidcProviderName(arn)));
        keys.addAll(samlProviderARNs);
        return keys;
    }
}
