package io.cognate.userpool.srp;

import io.cognate.contracts.aws.error.InvalidParameterException;
import io.cognate.contracts.aws.error.NotAuthorizedException;
import io.cognate.userpool.user.UserAccountEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Map;

/**
 * The server side of USER_SRP_AUTH for the sign-in flow engine: {@link #challenge} answers round 1
 * (InitiateAuth with {@code SRP_A}), {@link #verify} checks round 2 (the PASSWORD_VERIFIER answer).
 * Stateless between the rounds except for the single-use record: the state travels sealed in the
 * SECRET_BLOCK, bound to pool, client and user. Unknown users get a fake challenge that costs the
 * same and is always refused. Every modexp runs on the SRP worker pool.
 */
@ApplicationScoped
public class SrpServer {

    static final String INCORRECT = "Incorrect username or password.";

    private final SrpWorkers workers;
    private final ChallengeIssuer issuer;
    private final UnknownUserVerifiers unknown;
    private final PasswordClaims claims;

    SrpServer(
            SrpWorkers workers,
            ChallengeIssuer issuer,
            UnknownUserVerifiers unknown,
            PasswordClaims claims) {
        this.workers = workers;
        this.issuer = issuer;
        this.unknown = unknown;
        this.claims = claims;
    }

    /**
     * Round 1. Call after resolving the user and checking the client, its flows and SECRET_HASH.
     *
     * @param username the {@code USERNAME} as typed (used only when {@code user} is null)
     * @param user the user it designates, or null for none; call only when the client hides user
     *     existence (PreventUserExistenceErrors), since the fake challenge fails only in round 2
     * @param srpA the client's {@code SRP_A}; InvalidParameterException when it is not hex, longer
     *     than N's padded hex, or 0 mod N
     */
    public Uni<PasswordVerifierChallenge> challenge(
            String userPoolId,
            String clientId,
            String username,
            UserAccountEntity user,
            String srpA,
            Instant now) {
        BigInteger clientPublic = SrpMath.parsePublicValue(srpA);
        if (clientPublic == null) {
            return Uni.createFrom().failure(new InvalidParameterException("Invalid SRP_A."));
        }
        boolean known = user != null && user.srpSalt != null && user.srpVerifier != null;
        String userId = user != null ? user.username : unknown.userIdFor(userPoolId, username);
        SrpVerifier stored =
                known
                        ? new SrpVerifier(user.srpSalt, user.srpVerifier)
                        : unknown.forUser(userPoolId, userId);
        return issuer.issue(
                userPoolId,
                clientId,
                userId,
                known,
                stored,
                clientPublic,
                SecretBlocks.Purpose.USER,
                now);
    }

    /**
     * Round 2: succeeds with the internal username, or fails with NotAuthorizedException "Incorrect
     * username or password." when the signature is wrong, the SECRET_BLOCK was altered, issued for
     * another pool, client or user, already answered (even unsuccessfully) or is older than {@code
     * cognate.srp.challenge-validity}, or the TIMESTAMP is malformed or further than {@code
     * cognate.srp.timestamp-skew} from the server clock.
     *
     * @param challengeResponses {@code USERNAME}, {@code PASSWORD_CLAIM_SECRET_BLOCK}, {@code
     *     PASSWORD_CLAIM_SIGNATURE}, {@code TIMESTAMP} as received
     * @param user the user {@code USERNAME} designates, or null for none (then always refused)
     * @return the proven sign-in; a failed Uni with InvalidParameterException when one of the four
     *     responses is missing
     */
    public Uni<VerifiedSrp> verify(
            String userPoolId,
            String clientId,
            Map<String, String> challengeResponses,
            UserAccountEntity user,
            Instant now) {
        PasswordClaim claim;
        try {
            claim = PasswordClaim.of(challengeResponses);
        } catch (InvalidParameterException missing) {
            return Uni.createFrom().failure(missing);
        }
        SecretBlock block = claims.open(claim, userPoolId, clientId, user, now).orElse(null);
        if (block == null) {
            return Uni.createFrom().failure(refused());
        }
        SrpVerifier verifier =
                block.known() && user != null && user.srpVerifier != null
                        ? new SrpVerifier(user.srpSalt, user.srpVerifier)
                        : unknown.forUser(userPoolId, block.username());
        return claims.claimOnce(block)
                .chain(
                        first ->
                                workers.run(
                                        () ->
                                                first
                                                        && claims.signatureMatches(
                                                                claim, block, verifier)))
                .map(
                        proved -> {
                            if (!proved || !block.known()) {
                                throw refused();
                            }
                            return new VerifiedSrp(block.username());
                        });
    }

    static NotAuthorizedException refused() {
        return new NotAuthorizedException(INCORRECT);
    }
}
