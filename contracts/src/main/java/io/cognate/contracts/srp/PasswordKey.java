package io.cognate.contracts.srp;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * What a password and a salt give SRP (reference §3.2): {@code x = H(padHex(salt) ‖ H(poolName ‖
 * userId ‖ ":" ‖ password))} and the verifier {@code g^x mod N}. It depends on neither side's
 * ephemeral values, so a load generator may cache it per user and salt.
 *
 * @param salt the hex salt it was computed with
 */
public record PasswordKey(String salt, BigInteger x, BigInteger gx) {

    /**
     * For a user: {@code poolName} and {@code USER_ID_FOR_SRP}; for a device (§3.5): group key and
     * device key.
     */
    public static PasswordKey of(String poolName, String userId, String password, String salt) {
        String identity =
                HexFormat.of()
                        .formatHex(
                                SrpGroup.sha256(
                                        (poolName + userId + ":" + password)
                                                .getBytes(StandardCharsets.UTF_8)));
        BigInteger x =
                new BigInteger(
                        SrpGroup.hexHash(SrpGroup.padHex(new BigInteger(salt, 16)) + identity), 16);
        return new PasswordKey(salt, x, SrpGroup.G.modPow(x, SrpGroup.N));
    }

    /** Never prints x: it is as good as the password to an offline attacker. */
    @Override
    public String toString() {
        return "PasswordKey[salt=" + salt + ", redacted]";
    }
}
