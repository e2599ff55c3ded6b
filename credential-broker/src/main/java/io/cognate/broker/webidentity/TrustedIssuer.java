package io.cognate.broker.webidentity;

import java.util.List;
import java.util.Optional;

/**
 * An issuer whose tokens AssumeRoleWithWebIdentity accepts.
 *
 * @param issuer the exact {@code iss} its tokens carry
 * @param provider the federated principal its tokens stand for in trust policies and condition
 *     keys: {@code cognito-identity.amazonaws.com} for identity-pool-service, else the issuer's
 *     host and path (IAM's name for an OIDC provider)
 * @param jwksUrl where its keys are fetched: configuration, never the token
 * @param clientIds the audiences accepted, when restricted
 * @param cognito whether this is identity-pool-service (answers {@code Provider} with the provider
 *     name rather than the issuer URL, as STS does for Cognito tokens)
 */
public record TrustedIssuer(
        String issuer,
        String provider,
        String jwksUrl,
        Optional<List<String>> clientIds,
        boolean cognito) {

    public static final String COGNITO_PROVIDER = "cognito-identity.amazonaws.com";

    /** IAM names an OIDC provider by its issuer URL without the scheme and trailing slash. */
    static String providerName(String issuer) {
        String name = issuer.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://", "");
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }

    /** STS's {@code Provider} in the response. */
    public String responseProvider() {
        return cognito ? provider : issuer;
    }
}
