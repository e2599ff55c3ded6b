package io.cognate.identitypool.login;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.identitypool.platform.CognateConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.WorkerExecutor;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * Checks a login provider's signed JWT (an ID token): RS256/384/512 only (never {@code none}, HMAC
 * or a key the token brings), a {@code kid} of the configured JWKS, no {@code crit} or key-location
 * headers, a valid signature, and {@code exp}, {@code iat} (and {@code nbf}) within the allowed
 * skew. Issuer, audience and subject are the caller's checks. RSA runs on a bounded worker pool.
 */
@ApplicationScoped
class LoginTokens {

    private static final Map<String, String> ALGORITHMS =
            Map.of(
                    "RS256", "SHA256withRSA",
                    "RS384", "SHA384withRSA",
                    "RS512", "SHA512withRSA");

    /** Headers that would let a token choose its own key or demand unknown processing. */
    private static final Set<String> REFUSED_HEADERS = Set.of("crit", "jku", "jwk", "x5u", "x5c");

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final JwksCache jwks;
    private final Clock clock;
    private final Duration skew;
    private final WorkerExecutor workers;
    private final VerifiedTokenCache verified;

    LoginTokens(JwksCache jwks, Clock clock, CognateConfig config, Vertx vertx) {
        this.jwks = jwks;
        this.clock = clock;
        this.skew = config.identity().clockSkew();
        this.verified = new VerifiedTokenCache(config.identity().jwksCacheTtl());
        this.workers =
                vertx.createSharedWorkerExecutor(
                        "login-verification", Runtime.getRuntime().availableProcessors());
    }

    /**
     * The verified claims, or a failed Uni with NotAuthorizedException. A token that verified
     * before against the same JWKS URL with a key that URL still serves skips the signature ({@link
     * VerifiedTokenCache}); its time claims are checked again.
     */
    Uni<Map<String, Object>> verify(String token, String jwksUrl) {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 3) {
            return Uni.createFrom().failure(malformed());
        }
        String digest = VerifiedTokenCache.digest(token);
        VerifiedTokenCache.Entry hit = verified.get(digest, jwksUrl, clock.instant());
        if (hit == null) {
            return verifySignature(parts, jwksUrl, digest);
        }
        return jwks.key(jwksUrl, hit.kid())
                .chain(
                        key -> {
                            if (!key.equals(hit.key())) {
                                verified.forget(digest);
                                return verifySignature(parts, jwksUrl, digest);
                            }
                            requireCurrent(hit.claims());
                            return Uni.createFrom().item(hit.claims());
                        });
    }

    private Uni<Map<String, Object>> verifySignature(
            String[] parts, String jwksUrl, String digest) {
        Map<String, Object> header;
        Map<String, Object> claims;
        try {
            header = decode(parts[0]);
            claims = decode(parts[1]);
        } catch (IOException | IllegalArgumentException e) {
            return Uni.createFrom().failure(malformed());
        }
        String algorithm = ALGORITHMS.get(String.valueOf(header.get("alg")));
        if (algorithm == null
                || REFUSED_HEADERS.stream().anyMatch(header::containsKey)
                || !(header.get("kid") instanceof String kid)) {
            return Uni.createFrom()
                    .failure(
                            new NotAuthorizedException(
                                    "Invalid login token. Unsupported token header."));
        }
        return jwks.key(jwksUrl, kid)
                .chain(
                        key ->
                                workers.executeBlocking(() -> signed(key, algorithm, parts), false)
                                        .map(
                                                valid -> {
                                                    if (!valid) {
                                                        throw new NotAuthorizedException(
                                                                "Invalid login token. Signature"
                                                                        + " is invalid.");
                                                    }
                                                    return held(claims, digest, jwksUrl, kid, key);
                                                }));
    }

    /** Claims whose signature verified: checked for time, then held for the token's next use. */
    private Map<String, Object> held(
            Map<String, Object> claims,
            String digest,
            String jwksUrl,
            String kid,
            RSAPublicKey key) {
        requireCurrent(claims);
        Map<String, Object> held = Collections.unmodifiableMap(claims);
        verified.put(digest, jwksUrl, kid, key, held, clock.instant());
        return held;
    }

    @PreDestroy
    void close() {
        workers.closeAndForget();
    }

    private void requireCurrent(Map<String, Object> claims) {
        long now = clock.instant().getEpochSecond();
        long grace = skew.toSeconds();
        if (!(claims.get("exp") instanceof Number exp) || exp.longValue() + grace <= now) {
            throw new NotAuthorizedException(
                    "Invalid login token. Token expired: " + claims.get("exp") + " < " + now);
        }
        if (!(claims.get("iat") instanceof Number iat) || iat.longValue() - grace > now) {
            throw new NotAuthorizedException("Invalid login token. Token issue time is invalid.");
        }
        if (claims.containsKey("nbf")
                && (!(claims.get("nbf") instanceof Number nbf) || nbf.longValue() - grace > now)) {
            throw new NotAuthorizedException("Invalid login token. Token is not valid yet.");
        }
    }

    private static boolean signed(RSAPublicKey key, String algorithm, String[] parts) {
        try {
            Signature rsa = Signature.getInstance(algorithm);
            rsa.initVerify(key);
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return rsa.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Map<String, Object> decode(String part) throws IOException {
        Map<String, Object> json = JSON.readValue(Base64.getUrlDecoder().decode(part), MAP);
        if (json == null) {
            throw new IOException("not a JSON object");
        }
        return json;
    }

    private static NotAuthorizedException malformed() {
        return new NotAuthorizedException(
                "Invalid login token. Not a valid OpenId Connect identity token.");
    }
}
