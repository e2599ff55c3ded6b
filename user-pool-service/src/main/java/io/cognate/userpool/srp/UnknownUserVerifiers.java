package io.cognate.userpool.srp;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * Stand-ins for users that do not exist (or have no verifier), so that their challenge looks like a
 * real one (SECURITY-CASES 13): a salt and verifier that are the same on every attempt for the same
 * pool and name (a random salt per attempt would reveal the user is unknown), derived with an HMAC
 * under a server secret so that nobody can tell them from real ones. The verifier is a
 * pseudo-random group element rather than {@code g^x}: nobody can answer it, and it costs no
 * modexp, so a fake challenge does exactly the work of a real one.
 */
@ApplicationScoped
class UnknownUserVerifiers {

    private static final int VERIFIER_BYTES = 416; // 32 bytes more than N: negligible bias mod N

    private final byte[] key;

    UnknownUserVerifiers(SrpKeys keys) {
        this.key = keys.unknownUserKey();
    }

    /** Salt and verifier for this name; the same every time. */
    SrpVerifier forUser(String userPoolId, String userIdForSrp) {
        String name = userPoolId + "\u0000" + userIdForSrp.toLowerCase(Locale.ROOT);
        byte[] salt = Arrays.copyOf(mac("salt", name, 0), 16);
        ByteArrayOutputStream verifier = new ByteArrayOutputStream();
        for (int i = 0; verifier.size() < VERIFIER_BYTES; i++) {
            verifier.writeBytes(mac("verifier", name, i));
        }
        BigInteger v = new BigInteger(1, verifier.toByteArray()).mod(SrpMath.N);
        return new SrpVerifier(HexFormat.of().formatHex(salt), v.toString(16));
    }

    /**
     * The {@code USER_ID_FOR_SRP} to show for a sign-in name nobody has. Cognito answers with the
     * internal username, never the email address or phone number typed (in pools whose
     * UsernameAttributes make them the username, that is the sub), so such names get a stable UUID;
     * other names are shown as typed, as a known user's username would be.
     */
    String userIdFor(String userPoolId, String username) {
        if (!username.contains("@") && !username.startsWith("+")) {
            return username;
        }
        byte[] h = mac("sub", userPoolId + "\u0000" + username.toLowerCase(Locale.ROOT), 0);
        ByteBuffer bytes = ByteBuffer.wrap(h);
        long msb = (bytes.getLong() & ~0xF000L) | 0x4000L; // version 4, like a generated sub
        long lsb = (bytes.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    private byte[] mac(String purpose, String name, int counter) {
        return SrpMath.hmac(
                key,
                (purpose + "\u0000" + counter + "\u0000" + name).getBytes(StandardCharsets.UTF_8));
    }
}
