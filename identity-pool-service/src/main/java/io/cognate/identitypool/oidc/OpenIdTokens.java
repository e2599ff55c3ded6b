package io.cognate.identitypool.oidc;

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
import java.security.Provider;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signs and checks this service's OpenID tokens (RS256, compact JWS). RSA runs on a bounded worker
 * pool and the result comes back on the caller's context, so the event loop never signs.
 */
@ApplicationScoped
public class OpenIdTokens {

    static final String TAGS_CLAIM = "https://aws.amazon.com/tags";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /**
     * The RSA private-key operation is the largest single cost of GetCredentialsForIdentity: the
     * Amazon Corretto Crypto Provider does it several times faster where its native library loads.
     */
    private static final Provider SIGNING_PROVIDER = CryptoProviders.fastest();

    private final SigningKeys keys;
    private final String issuer;
    private final Clock clock;
    private final WorkerExecutor workers;

    OpenIdTokens(SigningKeys keys, CognateConfig config, Clock clock, Vertx vertx) {
        this.keys = keys;
        this.issuer = config.identity().issuer();
        this.clock = clock;
        this.workers =
                vertx.createSharedWorkerExecutor(
                        "openid-signing", Runtime.getRuntime().availableProcessors());
    }

    public Uni<String> mint(OpenIdClaims claims) {
        SigningKey key = keys.active();
        Instant now = clock.instant();
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("kid", key.kid());
        header.put("alg", SigningKey.ALGORITHM);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sub", claims.identityId());
        body.put("aud", claims.identityPoolId());
        body.put("amr", claims.amr());
        body.put("iss", issuer);
        if (!claims.principalTags().isEmpty()) {
            Map<String, List<String>> tags = new LinkedHashMap<>();
            claims.principalTags().forEach((k, v) -> tags.put(k, List.of(v)));
            Map<String, Object> claim = new LinkedHashMap<>();
            claim.put("principal_tags", tags);
            claim.put("transitive_tag_keys", List.of());
            body.put(TAGS_CLAIM, claim);
        }
        body.put("iat", now.getEpochSecond());
        body.put("exp", now.plus(claims.validity()).getEpochSecond());
        String signingInput = part(header) + "." + part(body);
        return workers.executeBlocking(() -> signingInput + "." + sign(key, signingInput), false);
    }

    /**
     * The claims of a token this service issued for {@code identityPoolId}; NotAuthorizedException
     * when it is malformed, signed by another key, from another issuer or pool, or expired.
     */
    public Uni<VerifiedToken> verify(String token, String identityPoolId) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Uni.createFrom().failure(invalid());
        }
        return keys.published()
                .map(key -> workers.executeBlocking(() -> check(key, parts, identityPoolId), false))
                .orElseGet(() -> Uni.createFrom().failure(invalid()));
    }

    @PreDestroy
    void close() {
        workers.closeAndForget();
    }

    private VerifiedToken check(SigningKey key, String[] parts, String identityPoolId) {
        try {
            Map<String, Object> header = decode(parts[0]);
            if (!SigningKey.ALGORITHM.equals(header.get("alg"))
                    || !key.kid().equals(header.get("kid"))) {
                throw invalid();
            }
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key.publicKey());
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rsa.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                throw invalid();
            }
            Map<String, Object> claims = decode(parts[1]);
            boolean current =
                    claims.get("exp") instanceof Number exp
                            && exp.longValue() > clock.instant().getEpochSecond();
            if (!issuer.equals(claims.get("iss"))
                    || !identityPoolId.equals(claims.get("aud"))
                    || !(claims.get("sub") instanceof String sub)
                    || !(claims.get("amr") instanceof List<?> amr)
                    || !current) {
                throw invalid();
            }
            return new VerifiedToken(
                    identityPoolId, sub, amr.stream().map(String::valueOf).toList(), claims);
        } catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static String sign(SigningKey key, String signingInput)
            throws GeneralSecurityException {
        Signature rsa = Signature.getInstance("SHA256withRSA", SIGNING_PROVIDER);
        rsa.initSign(key.privateKey());
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return B64.encodeToString(rsa.sign());
    }

    private static String part(Map<String, Object> json) {
        try {
            return B64.encodeToString(JSON.writeValueAsBytes(json));
        } catch (IOException e) {
            throw new IllegalStateException("claims not serializable", e);
        }
    }

    private static Map<String, Object> decode(String part) throws IOException {
        return JSON.readValue(Base64.getUrlDecoder().decode(part), MAP);
    }

    private static NotAuthorizedException invalid() {
        return new NotAuthorizedException("Invalid login token.");
    }
}
