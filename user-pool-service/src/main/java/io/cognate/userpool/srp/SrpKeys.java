package io.cognate.userpool.srp;

import io.cognate.userpool.platform.CognateConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The server secrets of SRP, derived from the key-encryption key ({@code cognate.kek}) with one
 * HMAC-SHA256 per purpose, so that they differ from each other and from the client-secret key: one
 * encrypts SECRET_BLOCKs, one derives the stable fake salts of unknown users. Without a key-
 * encryption key a random one is used for this process only, with a warning: SRP then works, but a
 * challenge cannot be answered on another replica or after a restart, and fake salts change.
 */
@ApplicationScoped
class SrpKeys {

    private static final Logger LOG = Logger.getLogger(SrpKeys.class);

    private final byte[] blockKey;
    private final byte[] unknownUserKey;

    @Inject
    SrpKeys(CognateConfig config) {
        this(config.kek());
    }

    SrpKeys(Optional<String> keyEncryptionKey) {
        byte[] root = keyEncryptionKey.map(SrpKeys::decode).orElseGet(SrpKeys::ephemeral);
        this.blockKey = derive(root, "cognate/srp/secret-block/v1");
        this.unknownUserKey = derive(root, "cognate/srp/unknown-user/v1");
    }

    /** AES-256 key of SECRET_BLOCKs. */
    byte[] blockKey() {
        return blockKey.clone();
    }

    /** HMAC key for the deterministic salt and verifier of users that do not exist. */
    byte[] unknownUserKey() {
        return unknownUserKey.clone();
    }

    private static byte[] derive(byte[] root, String purpose) {
        return SrpMath.hmac(root, purpose.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] decode(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cognate.kek is not valid base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException("cognate.kek must be the base64 of exactly 32 bytes");
        }
        return key;
    }

    private static byte[] ephemeral() {
        LOG.warn(
                "cognate.kek (COGNATE_KEK) is not set: SRP challenges are sealed with a key of this"
                        + " process only, so they cannot be answered after a restart or on another"
                        + " replica.");
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
