package io.cognate.userpool.srp;

import io.cognate.userpool.platform.CognateConfig;
import io.cognate.userpool.user.UserAccountEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The checks of a PASSWORD_VERIFIER answer, in the order {@link SrpServer#verify} runs them. */
@ApplicationScoped
class PasswordClaims {

    private final SecretBlocks blocks;
    private final UsedSecretBlocks used;
    private final Duration validity;
    private final Duration skew;

    PasswordClaims(SecretBlocks blocks, UsedSecretBlocks used, CognateConfig config) {
        this.blocks = blocks;
        this.used = used;
        this.validity = config.srp().challengeValidity();
        this.skew = config.srp().timestampSkew();
    }

    /**
     * The SECRET_BLOCK if it opens, was issued for this pool, client and user, is still within its
     * validity, and the TIMESTAMP is acceptable; empty otherwise.
     */
    Optional<SecretBlock> open(
            PasswordClaim claim,
            String userPoolId,
            String clientId,
            UserAccountEntity user,
            Instant now) {
        String username = user != null ? user.username : claim.username();
        return open(claim, SecretBlocks.Purpose.USER, userPoolId, clientId, username, now)
                .filter(b -> !b.known() || user != null);
    }

    /**
     * As {@link #open(PasswordClaim, String, String, UserAccountEntity, Instant)} for a
     * DEVICE_PASSWORD_VERIFIER answer: the block must have been sealed for a device, for this one.
     */
    Optional<SecretBlock> openForDevice(
            PasswordClaim claim,
            String userPoolId,
            String clientId,
            String deviceKey,
            Instant now) {
        return open(claim, SecretBlocks.Purpose.DEVICE, userPoolId, clientId, deviceKey, now)
                .filter(SecretBlock::known);
    }

    private Optional<SecretBlock> open(
            PasswordClaim claim,
            SecretBlocks.Purpose purpose,
            String userPoolId,
            String clientId,
            String userId,
            Instant now) {
        return blocks.open(claim.secretBlock(), purpose)
                .filter(b -> b.userPoolId().equals(userPoolId))
                .filter(b -> b.clientId().equals(clientId))
                .filter(b -> b.username().equals(userId))
                .filter(b -> !b.issuedAt().isAfter(now.plus(skew)))
                .filter(b -> !now.isAfter(b.issuedAt().plus(validity)))
                .filter(b -> SrpTimestamp.acceptable(claim.timestamp(), now, skew));
    }

    /** Records the block as answered; false when it had been answered before. */
    Uni<Boolean> claimOnce(SecretBlock block) {
        // Kept past the last instant the block could pass open(), so pruning never re-enables it.
        return used.claim(block.id(), block.issuedAt().plus(validity).plus(skew));
    }

    /** The server's side of §3.4; constant-time comparison. CPU-heavy: call on the worker pool. */
    boolean signatureMatches(PasswordClaim claim, SecretBlock block, SrpVerifier verifier) {
        return signatureMatches(claim, block, verifier, SrpMath.poolName(block.userPoolId()));
    }

    /**
     * As {@link #signatureMatches(PasswordClaim, SecretBlock, SrpVerifier)} with {@code poolName}
     * in place of the pool's name: a device's proof mixes in its DeviceGroupKey (§3.5).
     */
    boolean signatureMatches(
            PasswordClaim claim, SecretBlock block, SrpVerifier verifier, String poolName) {
        BigInteger u = SrpMath.u(block.clientPublic(), block.serverPublic());
        if (u.signum() == 0) {
            return false;
        }
        BigInteger v = new BigInteger(verifier.verifier(), 16);
        BigInteger s = SrpMath.serverSecret(block.clientPublic(), v, u, block.b());
        byte[] expected =
                SrpMath.passwordClaimSignature(
                        SrpMath.sessionKey(s, u),
                        poolName,
                        block.username(),
                        claim.secretBlock(),
                        claim.timestamp());
        return MessageDigest.isEqual(expected, claim.signature());
    }
}
