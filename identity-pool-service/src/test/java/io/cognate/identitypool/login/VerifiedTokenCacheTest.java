package io.cognate.identitypool.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VerifiedTokenCacheTest {

    private static final String JWKS = "http://user-pool/us-east-1_abc/.well-known/jwks.json";
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static RSAPublicKey key;

    @BeforeAll
    static void key() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        key = (RSAPublicKey) generator.generateKeyPair().getPublic();
    }

    @Test
    void getWhenSameTokenAndJwksBeforeExpiryThenTheVerifiedClaims() {
        VerifiedTokenCache cache = new VerifiedTokenCache(Duration.ofMinutes(10));
        String digest = VerifiedTokenCache.digest("a.b.c");
        Map<String, Object> claims = claims(NOW.plusSeconds(3600));

        cache.put(digest, JWKS, "kid-1", key, claims, NOW);

        VerifiedTokenCache.Entry hit = cache.get(digest, JWKS, NOW.plusSeconds(60));
        assertThat(hit.claims()).isSameAs(claims);
        assertThat(hit.kid()).isEqualTo("kid-1");
        assertThat(hit.key()).isSameAs(key);
        assertThat(cache.get(VerifiedTokenCache.digest("a.b.d"), JWKS, NOW)).isNull();
    }

    @Test
    void getWhenAnotherJwksUrlThenMiss() {
        VerifiedTokenCache cache = new VerifiedTokenCache(Duration.ofMinutes(10));
        String digest = VerifiedTokenCache.digest("a.b.c");

        cache.put(digest, JWKS, "kid-1", key, claims(NOW.plusSeconds(3600)), NOW);

        assertThat(cache.get(digest, JWKS.replace("abc", "xyz"), NOW)).isNull();
    }

    @Test
    void getWhenPastTheTokensExpiryOrTheJwksTtlThenMiss() {
        VerifiedTokenCache cache = new VerifiedTokenCache(Duration.ofMinutes(10));
        String shortLived = VerifiedTokenCache.digest("short");
        String longLived = VerifiedTokenCache.digest("long");

        cache.put(shortLived, JWKS, "kid-1", key, claims(NOW.plusSeconds(120)), NOW);
        cache.put(longLived, JWKS, "kid-1", key, claims(NOW.plusSeconds(3600)), NOW);

        assertThat(cache.get(shortLived, JWKS, NOW.plusSeconds(119))).isNotNull();
        assertThat(cache.get(shortLived, JWKS, NOW.plusSeconds(120))).isNull();
        assertThat(cache.get(longLived, JWKS, NOW.plusSeconds(599))).isNotNull();
        assertThat(cache.get(longLived, JWKS, NOW.plusSeconds(600))).isNull();
    }

    @Test
    void putWhenTtlZeroOrNoExpiryOrAlreadyExpiredThenNothingHeld() {
        VerifiedTokenCache off = new VerifiedTokenCache(Duration.ZERO);
        VerifiedTokenCache on = new VerifiedTokenCache(Duration.ofMinutes(10));
        String digest = VerifiedTokenCache.digest("a.b.c");

        off.put(digest, JWKS, "kid-1", key, claims(NOW.plusSeconds(3600)), NOW);
        on.put(digest, JWKS, "kid-1", key, Map.of("sub", "x"), NOW);
        on.put(VerifiedTokenCache.digest("old"), JWKS, "kid-1", key, claims(NOW), NOW);

        assertThat(off.size()).isZero();
        assertThat(on.size()).isZero();
    }

    @Test
    void putWhenFullThenStaysBounded() {
        VerifiedTokenCache cache = new VerifiedTokenCache(Duration.ofMinutes(10));

        for (int i = 0; i <= VerifiedTokenCache.MAX_ENTRIES; i++) {
            cache.put(
                    VerifiedTokenCache.digest("token-" + i),
                    JWKS,
                    "kid-1",
                    key,
                    claims(NOW.plusSeconds(3600)),
                    NOW);
        }

        assertThat(cache.size()).isBetween(1, VerifiedTokenCache.MAX_ENTRIES);
    }

    private static Map<String, Object> claims(Instant exp) {
        return Map.of("sub", "user", "exp", exp.getEpochSecond());
    }
}
