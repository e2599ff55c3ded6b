package io.cognate.broker.access;

import java.util.List;
import java.util.Map;

/**
 * A question for a role's trust policy: may this principal perform this action on the role?
 *
 * @param trustPolicy the role's trust policy document, as stored (already validated)
 * @param action {@code sts:AssumeRole}, {@code sts:AssumeRoleWithWebIdentity}, {@code
 *     sts:TagSession}, …
 * @param principalType {@code AWS} for signed callers, {@code Federated} for web identities
 * @param principal the caller's ARN ({@code AWS}) or the identity provider ({@code Federated}, e.g.
 *     {@code cognito-identity.amazonaws.com})
 * @param accountId the account the principal belongs to (for {@code AWS})
 * @param context condition keys and their values ({@code cognito-identity.amazonaws.com:aud},
 *     {@code aws:PrincipalTag/…}, …) for the policy engine's {@code Condition} evaluation
 */
public record TrustRequest(
        String trustPolicy,
        String action,
        String principalType,
        String principal,
        String accountId,
        Map<String, List<String>> context) {

    public TrustRequest {
        context = context == null ? Map.of() : Map.copyOf(context);
    }
}
