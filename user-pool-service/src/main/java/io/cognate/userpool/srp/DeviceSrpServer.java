package io.cognate.userpool.srp;

import io.cognate.contracts.aws.error.InvalidParameterException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Map;

/**
 * The server side of device SRP (reference §3.5): {@link #challenge} answers DEVICE_SRP_AUTH with
 * the DEVICE_PASSWORD_VERIFIER challenge computed with the device's verifier, {@link #verify}
 * checks the answer. The same SRP as a user's, with the DeviceGroupKey in place of the pool name
 * and the DeviceKey in place of the username; the SECRET_BLOCK is sealed for devices only, single
 * use, and bound to pool, client and device.
 */
@ApplicationScoped
public class DeviceSrpServer {

    private final SrpWorkers workers;
    private final ChallengeIssuer issuer;
    private final PasswordClaims claims;

    DeviceSrpServer(SrpWorkers workers, ChallengeIssuer issuer, PasswordClaims claims) {
        this.workers = workers;
        this.issuer = issuer;
        this.claims = claims;
    }

    /**
     * @param device the salt (hex) and verifier (hex) ConfirmDevice stored
     * @param srpA the client's {@code SRP_A}; InvalidParameterException when not acceptable
     * @return salt, B and SECRET_BLOCK; {@code userIdForSrp} is the device key
     */
    public Uni<PasswordVerifierChallenge> challenge(
            String userPoolId,
            String clientId,
            String deviceKey,
            SrpVerifier device,
            String srpA,
            Instant now) {
        BigInteger clientPublic = SrpMath.parsePublicValue(srpA);
        if (clientPublic == null) {
            return Uni.createFrom().failure(new InvalidParameterException("Invalid SRP_A."));
        }
        return issuer.issue(
                userPoolId,
                clientId,
                deviceKey,
                true,
                device,
                clientPublic,
                SecretBlocks.Purpose.DEVICE,
                now);
    }

    /**
     * True when the DEVICE_PASSWORD_VERIFIER answer proves the device's secret; false when the
     * signature is wrong or the SECRET_BLOCK altered, sealed for a user or another device, pool or
     * client, already answered or expired, or the TIMESTAMP unacceptable.
     *
     * @return a failed Uni with InvalidParameterException when a response is missing
     */
    public Uni<Boolean> verify(
            String userPoolId,
            String clientId,
            Map<String, String> challengeResponses,
            String deviceKey,
            String deviceGroupKey,
            SrpVerifier device,
            Instant now) {
        PasswordClaim claim;
        try {
            claim = PasswordClaim.of(challengeResponses);
        } catch (InvalidParameterException missing) {
            return Uni.createFrom().failure(missing);
        }
        var block = claims.openForDevice(claim, userPoolId, clientId, deviceKey, now).orElse(null);
        if (block == null) {
            return Uni.createFrom().item(false);
        }
        return claims.claimOnce(block)
                .chain(
                        first ->
                                workers.run(
                                        () ->
                                                first
                                                        && claims.signatureMatches(
                                                                claim,
                                                                block,
                                                                device,
                                                                deviceGroupKey)));
    }
}
