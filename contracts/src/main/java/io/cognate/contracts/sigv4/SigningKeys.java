package io.cognate.contracts.sigv4;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SigV4 signing keys ({@code HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service),
 * "aws4_request")}), derived once per secret and scope: a client signs every request of a day with
 * the same key, and the four chained HMACs were a large part of verifying one. The key is a pure
 * function of the secret and the scope, so an entry can never be stale. Entries are found by the
 * SHA-256 of the secret, never the secret itself; a wrong secret derives (and caches) a different
 * key, and its signature still fails the constant-time comparison. Bounded crudely (cleared when
 * full): deriving again is always correct, only slower. The derived keys live in memory only.
 */
final class SigningKeys {

    /** Far above the (secret, day, region, service) tuples one process sees in a day. */
    static final int MAX_ENTRIES = 4096;

    private record Entry(long a, long b, long c, long d, CredentialScope scope) {}

    private static final Map<Entry, SecretKeySpec> DERIVED = new ConcurrentHashMap<>();

    private SigningKeys() {}

    /** The signing key for the scope, as an HmacSHA256 key. */
    static SecretKeySpec of(String secretAccessKey, CredentialScope scope) {
        ByteBuffer hash =
                ByteBuffer.wrap(
                        SignatureCalculator.sha256(
                                secretAccessKey.getBytes(StandardCharsets.UTF_8)));
        Entry entry =
                new Entry(hash.getLong(), hash.getLong(), hash.getLong(), hash.getLong(), scope);
        SecretKeySpec known = DERIVED.get(entry);
        if (known != null) {
            return known;
        }
        SecretKeySpec derived = new SecretKeySpec(derive(secretAccessKey, scope), "HmacSHA256");
        if (DERIVED.size() >= MAX_ENTRIES) {
            DERIVED.clear();
        }
        DERIVED.put(entry, derived);
        return derived;
    }

    static int size() {
        return DERIVED.size();
    }

    static byte[] derive(String secretAccessKey, CredentialScope scope) {
        byte[] key =
                hmac(("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8), scope.date());
        key = hmac(key, scope.region());
        key = hmac(key, scope.service());
        return hmac(key, CredentialScope.TERMINATOR);
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = SignatureCalculator.mac();
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform provides HmacSHA256", e);
        }
    }
}
