package io.cognate.userpool.srp;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Computes the SRP salt and verifier of a password when it is set, on the SRP worker pool. The
 * verifier depends on the pool and the user's internal username, so it is computed per user.
 */
@ApplicationScoped
public class SrpVerifiers {

    private static final int SALT_BYTES = 16;

    private final SecureRandom random = new SecureRandom();
    private final SrpWorkers workers;

    SrpVerifiers(SrpWorkers workers) {
        this.workers = workers;
    }

    /**
     * @param userIdForSrp the user's internal username (the sub in pools whose UsernameAttributes
     *     make email or phone number the username), what challenges name {@code USER_ID_FOR_SRP}
     */
    public Uni<SrpVerifier> derive(String userPoolId, String userIdForSrp, String password) {
        byte[] bytes = new byte[SALT_BYTES];
        random.nextBytes(bytes);
        String salt = HexFormat.of().formatHex(bytes);
        String poolName = SrpMath.poolName(userPoolId);
        return workers.run(
                () ->
                        new SrpVerifier(
                                salt,
                                SrpMath.verifier(SrpMath.x(poolName, userIdForSrp, password, salt))
                                        .toString(16)));
    }
}
