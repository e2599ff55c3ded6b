package io.cognate.identitypool.identitypool;

import io.cognate.contracts.aws.error.InvalidParameterException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Pool settings the model cannot check: provider names, ARNs, duplicates, tags. */
final class PoolRules {

    /** The public providers {@code SupportedLoginProviders} may name. */
    static final Set<String> PUBLIC_PROVIDERS =
            Set.of(
                    "graph.facebook.com",
                    "accounts.google.com",
                    "www.amazon.com",
                    "appleid.apple.com",
                    "api.twitter.com",
                    "www.digits.com");

    private static final Pattern OIDC_ARN =
            Pattern.compile("arn:aws[\\w-]*:iam::\\d{12}:oidc-provider/\\S+");
    private static final Pattern SAML_ARN =
            Pattern.compile("arn:aws[\\w-]*:iam::\\d{12}:saml-provider/[\\w+=,.@-]+");

    private PoolRules() {}

    static void require(PoolSettings settings, String region) {
        if (settings.supportedLoginProviders() != null) {
            for (String key : settings.supportedLoginProviders().keySet()) {
                if (!PUBLIC_PROVIDERS.contains(key)) {
                    throw new InvalidParameterException(
                            "Invalid login provider " + key + " in SupportedLoginProviders.");
                }
            }
        }
        requireArns(settings.openIdConnectProviderARNs(), OIDC_ARN, "OpenIdConnectProviderARNs");
        requireArns(settings.samlProviderARNs(), SAML_ARN, "SamlProviderARNs");
        requireUserPools(settings.cognitoIdentityProviders(), region);
        TagRules.require(settings.identityPoolTags());
    }

    private static void requireArns(List<String> arns, Pattern form, String member) {
        if (arns == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String arn : arns) {
            if (!form.matcher(arn).matches()) {
                throw new InvalidParameterException("Invalid ARN " + arn + " in " + member + ".");
            }
            if (!seen.add(arn)) {
                throw new InvalidParameterException("Duplicate ARN " + arn + " in " + member + ".");
            }
        }
    }

    private static void requireUserPools(List<CognitoIdentityProvider> providers, String region) {
        if (providers == null) {
            return;
        }
        Pattern name =
                Pattern.compile(
                        "cognito-idp\\."
                                + Pattern.quote(region)
                                + "\\.amazonaws\\.com/"
                                + Pattern.quote(region)
                                + "_[0-9a-zA-Z]+");
        Set<String> seen = new HashSet<>();
        for (CognitoIdentityProvider provider : providers) {
            if (provider.providerName() == null
                    || !name.matcher(provider.providerName()).matches()) {
                throw new InvalidParameterException(
                        "Invalid Cognito Identity Provider name "
                                + provider.providerName()
                                + ": expected cognito-idp."
                                + region
                                + ".amazonaws.com/<userPoolId>.");
            }
            if (provider.clientId() == null) {
                throw new InvalidParameterException(
                        "ClientId is required for Cognito Identity Provider "
                                + provider.providerName()
                                + ".");
            }
            if (!seen.add(provider.roleMappingKey())) {
                throw new InvalidParameterException(
                        "Duplicate Cognito Identity Provider " + provider.roleMappingKey() + ".");
            }
        }
    }
}
