package io.cognate.identitypool.login;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.identitypool.errors.ExternalServiceException;
import io.cognate.identitypool.platform.CognateConfig;
import io.cognate.identitypool.platform.OutboundHttp;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jboss.logging.Logger;

/**
 * RSA signing keys of login providers by JWKS URL, fetched from configured URLs only and kept for
 * {@code cognate.identity.jwks-cache-ttl}. An unknown {@code kid} refetches the set (a provider
 * rotated its keys), at most once per {@link #MIN_REFETCH} per URL, so forged kids cannot make this
 * service hammer a provider. When a refetch fails the keys already held keep serving.
 */
@ApplicationScoped
class JwksCache {

    static final Duration MIN_REFETCH = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(JwksCache.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Entry(Map<String, RSAPublicKey> keys, Instant fetchedAt) {}

    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final OutboundHttp http;
    private final Clock clock;
    private final Duration ttl;

    JwksCache(OutboundHttp http, Clock clock, CognateConfig config) {
        this.http = http;
        this.clock = clock;
        this.ttl = config.identity().jwksCacheTtl();
    }

    /** The key {@code kid} of the set at {@code jwksUrl}; NotAuthorizedException when absent. */
    Uni<RSAPublicKey> key(String jwksUrl, String kid) {
        Instant now = clock.instant();
        Entry held = entries.get(jwksUrl);
        if (held != null) {
            RSAPublicKey key = held.keys().get(kid);
            boolean fresh = held.fetchedAt().plus(ttl).isAfter(now);
            if (fresh && (key != null || held.fetchedAt().plus(MIN_REFETCH).isAfter(now))) {
                return key != null ? Uni.createFrom().item(key) : unknownKid();
            }
        }
        return fetch(jwksUrl, now)
                .onFailure(ExternalServiceException.class)
                .recoverWithUni(
                        failure -> held == null ? Uni.createFrom().failure(failure) : stale(held))
                .chain(
                        entry -> {
                            RSAPublicKey key = entry.keys().get(kid);
                            return key != null ? Uni.createFrom().item(key) : unknownKid();
                        });
    }

    private Uni<Entry> fetch(String jwksUrl, Instant now) {
        return http.get(jwksUrl)
                .onFailure(OutboundHttp.Unreachable.class)
                .transform(
                        f -> {
                            LOG.warnf("JWKS %s not fetched: %s", jwksUrl, f.getMessage());
                            return unreachable();
                        })
                .map(
                        reply -> {
                            // A provider (user pool) that does not exist has no keys, so its
                            // tokens are invalid; any other failure is the provider's problem.
                            if (reply.status() == 404) {
                                return new Entry(Map.of(), now);
                            }
                            if (!reply.ok()) {
                                LOG.warnf("JWKS %s answered HTTP %d", jwksUrl, reply.status());
                                throw unreachable();
                            }
                            return new Entry(parse(reply.body()), now);
                        })
                .invoke(entry -> entries.put(jwksUrl, entry));
    }

    private Uni<Entry> stale(Entry held) {
        return Uni.createFrom().item(held);
    }

    /** The usable RSA signing keys of a JWKS document; other keys are left out. */
    static Map<String, RSAPublicKey> parse(String body) {
        Map<String, RSAPublicKey> keys = new HashMap<>();
        try {
            JsonNode set = JSON.readTree(body);
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            for (JsonNode jwk : set.path("keys")) {
                boolean signing = jwk.path("use").isMissingNode() || "sig".equals(text(jwk, "use"));
                if (!"RSA".equals(text(jwk, "kty")) || !signing || text(jwk, "kid") == null) {
                    continue;
                }
                try {
                    var spec =
                            new RSAPublicKeySpec(
                                    unsigned(text(jwk, "n")), unsigned(text(jwk, "e")));
                    keys.put(text(jwk, "kid"), (RSAPublicKey) rsa.generatePublic(spec));
                } catch (GeneralSecurityException | RuntimeException malformed) {
                    LOG.debugf("JWK %s skipped: malformed", text(jwk, "kid"));
                }
            }
        } catch (IOException | GeneralSecurityException e) {
            throw unreachable();
        }
        return Map.copyOf(keys);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static BigInteger unsigned(String base64url) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(base64url));
    }

    private static <T> Uni<T> unknownKid() {
        return Uni.createFrom()
                .failure(new NotAuthorizedException("Invalid login token. Unknown signing key."));
    }

    private static ExternalServiceException unreachable() {
        return new ExternalServiceException(
                "The login provider's signing keys could not be retrieved.");
    }
}
