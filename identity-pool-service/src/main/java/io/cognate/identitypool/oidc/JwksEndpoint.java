package io.cognate.identitypool.oidc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cognate.identitypool.platform.CognateConfig;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishes the signing key under the issuer's path: {@code /.well-known/jwks_uri} (Cognito's
 * name), {@code /.well-known/jwks.json}, and the discovery document {@code
 * /.well-known/openid-configuration} that STS-style consumers read first. The gateway forwards the
 * issuer's path unchanged.
 */
@ApplicationScoped
public class JwksEndpoint {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SigningKeys keys;
    private final String issuer;

    JwksEndpoint(SigningKeys keys, CognateConfig config) {
        this.keys = keys;
        this.issuer = stripSlash(config.identity().issuer());
    }

    void mount(@Observes Router router) {
        String prefix = stripSlash(URI.create(issuer).getPath());
        router.get(prefix + "/.well-known/jwks_uri").handler(this::jwks);
        router.get(prefix + "/.well-known/jwks.json").handler(this::jwks);
        router.get(prefix + "/.well-known/openid-configuration").handler(this::discovery);
    }

    private void jwks(RoutingContext ctx) {
        List<Map<String, Object>> published =
                keys.published().map(k -> List.of(k.jwk())).orElse(List.of());
        reply(ctx, Map.of("keys", published));
    }

    private void discovery(RoutingContext ctx) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer);
        document.put("jwks_uri", issuer + "/.well-known/jwks_uri");
        document.put("response_types_supported", List.of("id_token"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of(SigningKey.ALGORITHM));
        document.put("claims_supported", List.of("sub", "aud", "iss", "amr", "iat", "exp"));
        reply(ctx, document);
    }

    private static void reply(RoutingContext ctx, Object body) {
        try {
            ctx.response()
                    .putHeader("Content-Type", "application/json")
                    .putHeader("Cache-Control", "public, max-age=300")
                    .end(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }

    private static String stripSlash(String value) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
