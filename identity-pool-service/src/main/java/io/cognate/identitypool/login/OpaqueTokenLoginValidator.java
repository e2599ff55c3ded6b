package io.cognate.identitypool.login;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.identitypool.errors.ExternalServiceException;
import io.cognate.identitypool.identitypool.IdentityPoolView;
import io.cognate.identitypool.platform.CognateConfig;
import io.cognate.identitypool.platform.OutboundHttp;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Facebook and Login with Amazon access tokens (opaque): verified by the provider's token-info
 * endpoint, {@code cognate.identity.social-providers."<provider>".verification-url}, called as
 * {@code GET <url>?access_token=<token>}. The reply is read in Amazon's {@code tokeninfo} shape
 * ({@code aud}/{@code app_id}, {@code user_id}, {@code exp}) or Facebook's {@code debug_token}
 * shape (the same inside {@code data}, with {@code is_valid} and {@code expires_at}); the audience
 * must be the app id the pool lists. Without a configured endpoint these logins are refused.
 */
@ApplicationScoped
public class OpaqueTokenLoginValidator implements LoginValidator {

    private static final List<String> PROVIDERS = List.of("graph.facebook.com", "www.amazon.com");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OutboundHttp http;
    private final CognateConfig.Identity config;
    private final Clock clock;

    OpaqueTokenLoginValidator(OutboundHttp http, CognateConfig config, Clock clock) {
        this.http = http;
        this.config = config.identity();
        this.clock = clock;
    }

    @Override
    public boolean handles(IdentityPoolView pool, String providerName) {
        return PROVIDERS.contains(providerName)
                && pool.providers().supportedLoginProviders().containsKey(providerName);
    }

    @Override
    public Uni<VerifiedLogin> verify(IdentityPoolView pool, String providerName, String token) {
        Optional<String> endpoint =
                Optional.ofNullable(config.socialProviders().get(providerName))
                        .flatMap(CognateConfig.Identity.SocialProvider::verificationUrl);
        if (endpoint.isEmpty()) {
            return Uni.createFrom()
                    .failure(
                            new NotAuthorizedException(
                                    "Invalid login token. No verification endpoint is configured"
                                            + " for "
                                            + providerName
                                            + "."));
        }
        String url =
                endpoint.get()
                        + (endpoint.get().contains("?") ? "&" : "?")
                        + "access_token="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8);
        String appId = pool.providers().supportedLoginProviders().get(providerName);
        return http.get(url)
                .onFailure(OutboundHttp.Unreachable.class)
                .transform(
                        f ->
                                new ExternalServiceException(
                                        providerName
                                                + " could not be reached to verify the token."))
                .map(reply -> login(providerName, appId, reply));
    }

    private VerifiedLogin login(String providerName, String appId, OutboundHttp.Reply reply) {
        if (!reply.ok()) {
            throw invalid();
        }
        JsonNode info;
        try {
            info = JSON.readTree(reply.body());
        } catch (IOException e) {
            throw invalid();
        }
        if (info.has("data")) {
            info = info.get("data");
        }
        String audience = text(info, "app_id", text(info, "aud", null));
        String user = text(info, "user_id", null);
        long now = clock.instant().getEpochSecond();
        long expires = info.path("expires_at").asLong(info.path("exp").asLong(Long.MAX_VALUE));
        boolean valid = info.path("is_valid").asBoolean(true);
        if (!valid || user == null || !appId.equals(audience) || (expires > 0 && expires <= now)) {
            throw invalid();
        }
        return new VerifiedLogin(
                providerName,
                user,
                List.of(providerName, providerName + ":" + user),
                Map.of("sub", user, "user_id", user, "aud", audience),
                providerName);
    }

    private static String text(JsonNode node, String field, String otherwise) {
        JsonNode value = node.get(field);
        return value != null && (value.isTextual() || value.isNumber())
                ? value.asText()
                : otherwise;
    }

    private static NotAuthorizedException invalid() {
        return new NotAuthorizedException("Invalid login token.");
    }
}
