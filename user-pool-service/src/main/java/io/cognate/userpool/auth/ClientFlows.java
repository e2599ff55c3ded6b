package io.cognate.userpool.auth;

import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.userpool.appclient.AppClient;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which operation offers which {@code AuthFlow}, and which {@code ExplicitAuthFlows} value enables
 * it on a client. A client configured with the legacy names (no {@code ALLOW_} value) keeps the
 * legacy rule: SRP and refresh are always on, the others only when named.
 */
final class ClientFlows {

    static final String NOT_SUPPORTED = "Initiate Auth method not supported.";

    private static final Set<String> PUBLIC =
            Set.of(
                    "USER_SRP_AUTH",
                    "REFRESH_TOKEN_AUTH",
                    "REFRESH_TOKEN",
                    "CUSTOM_AUTH",
                    "USER_PASSWORD_AUTH",
                    "USER_AUTH");

    private static final Set<String> ADMIN =
            Set.of(
                    "USER_SRP_AUTH",
                    "REFRESH_TOKEN_AUTH",
                    "REFRESH_TOKEN",
                    "CUSTOM_AUTH",
                    "ADMIN_NO_SRP_AUTH",
                    "ADMIN_USER_PASSWORD_AUTH",
                    "USER_AUTH");

    private static final Map<String, List<String>> ENABLED_BY =
            Map.of(
                    "USER_SRP_AUTH", List.of("ALLOW_USER_SRP_AUTH"),
                    "REFRESH_TOKEN_AUTH", List.of("ALLOW_REFRESH_TOKEN_AUTH"),
                    "REFRESH_TOKEN", List.of("ALLOW_REFRESH_TOKEN_AUTH"),
                    "CUSTOM_AUTH", List.of("ALLOW_CUSTOM_AUTH", "CUSTOM_AUTH_FLOW_ONLY"),
                    "USER_PASSWORD_AUTH", List.of("ALLOW_USER_PASSWORD_AUTH", "USER_PASSWORD_AUTH"),
                    "ADMIN_USER_PASSWORD_AUTH",
                            List.of("ALLOW_ADMIN_USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH"),
                    "ADMIN_NO_SRP_AUTH",
                            List.of("ALLOW_ADMIN_USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH"),
                    "USER_AUTH", List.of("ALLOW_USER_AUTH"));

    private static final Set<String> LEGACY_ALWAYS =
            Set.of("USER_SRP_AUTH", "REFRESH_TOKEN_AUTH", "REFRESH_TOKEN");

    private ClientFlows() {}

    /** Refuses a flow the operation does not offer or the client does not enable. */
    static void requireEnabled(AppClient client, String authFlow, boolean admin) {
        if (!(admin ? ADMIN : PUBLIC).contains(authFlow)) {
            throw new InvalidParameterException(NOT_SUPPORTED);
        }
        List<String> configured = client.explicitAuthFlows();
        boolean legacy = configured.stream().noneMatch(f -> f.startsWith("ALLOW_"));
        boolean enabled =
                (legacy
                                && LEGACY_ALWAYS.contains(authFlow)
                                && !configured.contains("CUSTOM_AUTH_FLOW_ONLY"))
                        || ENABLED_BY.get(authFlow).stream().anyMatch(configured::contains);
        if (!enabled) {
            throw new InvalidParameterException(
                    authFlow.equals("USER_PASSWORD_AUTH")
                            ? "USER_PASSWORD_AUTH flow not enabled for this client"
                            : "Auth flow not enabled for this client");
        }
    }
}
