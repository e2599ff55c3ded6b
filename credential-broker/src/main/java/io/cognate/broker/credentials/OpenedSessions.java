package io.cognate.broker.credentials;

import io.cognate.contracts.crypto.Sha256;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Session tokens already opened (AES-GCM decrypted, JSON read and checked to name a key id and a
 * principal), by the SHA-256 of the token: a client signs many requests with the same credentials,
 * and opening the token was a large part of each {@code /internal/verify}. Only what opened and
 * authenticated is ever kept, under the hash of the exact token text, so an altered token is
 * another key, misses, and fails to open as before. What a hit saves is only the decryption: the
 * key-id match and the expiry are still checked against the clock by the caller on every request,
 * and an entry found expired is dropped. Bounded crudely (cleared when full): opening again is
 * always correct, only slower. The plaintext (with its secret) stays in memory only, as it would
 * between opening and the signature check.
 */
final class OpenedSessions {

    /** Far above the sessions one broker sees within their lifetime; then the cache starts over. */
    static final int MAX_ENTRIES = 10_000;

    /** A SHA-256 digest as four longs: cheap to hash and compare, no array copies. */
    record TokenHash(long a, long b, long c, long d) {

        static TokenHash of(String token) {
            ByteBuffer digest =
                    ByteBuffer.wrap(Sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
            return new TokenHash(
                    digest.getLong(), digest.getLong(), digest.getLong(), digest.getLong());
        }
    }

    private final Map<TokenHash, ResolvedSession> entries = new ConcurrentHashMap<>();
    private final int maxEntries;

    OpenedSessions() {
        this(MAX_ENTRIES);
    }

    OpenedSessions(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The session a token with this hash opened to before, or null. */
    ResolvedSession get(TokenHash hash) {
        return entries.get(hash);
    }

    /** Remembers a token that opened and authenticated; not one that expired already. */
    void put(TokenHash hash, ResolvedSession session, Instant now) {
        if (!now.isBefore(session.principal().expiration())) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(hash, session);
    }

    /** Forgets a token whose session has expired: it can never be accepted again. */
    void forget(TokenHash hash) {
        entries.remove(hash);
    }

    int size() {
        return entries.size();
    }
}
