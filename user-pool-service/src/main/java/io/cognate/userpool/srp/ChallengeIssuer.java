package io.cognate.userpool.srp;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The server's half of round 1, shared by user SRP ({@link SrpServer}) and device SRP ({@link
 * DeviceSrpServer}): a fresh ephemeral {@code b}, {@code B = k·v + g^b}, and the state of the
 * challenge sealed as SECRET_BLOCK for its purpose. The modexp runs on the SRP worker pool.
 */
@ApplicationScoped
class ChallengeIssuer {

    private final SecureRandom random = new SecureRandom();
    private final SrpWorkers workers;
    private final SecretBlocks blocks;

    ChallengeIssuer(SrpWorkers workers, SecretBlocks blocks) {
        this.workers = workers;
        this.blocks = blocks;
    }

    /**
     * @param userId what the client mixes into its proof as the user (internal username, or the
     *     device key)
     * @param known false for a fake challenge, whose answer is always refused
     */
    Uni<PasswordVerifierChallenge> issue(
            String userPoolId,
            String clientId,
            String userId,
            boolean known,
            SrpVerifier stored,
            BigInteger clientPublic,
            SecretBlocks.Purpose purpose,
            Instant now) {
        return workers.run(
                () -> {
                    BigInteger verifier = new BigInteger(stored.verifier(), 16);
                    BigInteger b;
                    BigInteger serverPublic;
                    do {
                        b = new BigInteger(256, random);
                        serverPublic = SrpMath.serverPublic(verifier, b);
                    } while (b.signum() == 0 || serverPublic.signum() == 0);
                    SecretBlock block =
                            new SecretBlock(
                                    UUID.randomUUID(),
                                    now,
                                    userPoolId,
                                    clientId,
                                    userId,
                                    known,
                                    b,
                                    clientPublic,
                                    serverPublic);
                    return new PasswordVerifierChallenge(
                            stored.salt(),
                            serverPublic.toString(16),
                            Base64.getEncoder().encodeToString(blocks.seal(block, purpose)),
                            userId);
                });
    }
}
