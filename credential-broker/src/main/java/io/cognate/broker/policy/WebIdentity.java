package io.cognate.broker.policy;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a verified web identity token tells a trust policy.
 *
 * @param provider the federated principal: {@code cognito-identity.amazonaws.com} for identity pool
 *     tokens, else the OIDC issuer without {@code https://}
 * @param audience the token's {@code aud} (for Cognito: the identity pool id)
 * @param subject the token's {@code sub} (for Cognito: the identity id)
 * @param amr the token's {@code amr} values ({@code authenticated}, provider names, …); empty if
 *     none
 * @param sessionTags principal tags the token carries, to become session tags; empty if none
 */
public record WebIdentity(
        String provider,
        String audience,
        String subject,
        List<String> amr,
        Map<String, String> sessionTags) {

    public static final String COGNITO_PROVIDER = "cognito-identity.amazonaws.com";

    public WebIdentity {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(subject, "subject");
        amr = List.copyOf(amr);
        sessionTags = Map.copyOf(sessionTags);
    }

    /**
     * The condition keys this identity brings: {@code <provider>:aud}, {@code :sub}, {@code :amr}.
     */
    ConditionContext.Builder contextKeys() {
        ConditionContext.Builder context =
                ConditionContext.builder()
                        .put(provider + ":aud", audience)
                        .put(provider + ":sub", subject)
                        .put("aws:FederatedProvider", provider);
        if (!amr.isEmpty()) {
            context.put(provider + ":amr", amr);
        }
        if (!sessionTags.isEmpty()) {
            context.requestTags(sessionTags);
        }
        return context;
    }
}
