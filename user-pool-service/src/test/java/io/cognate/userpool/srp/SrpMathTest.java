package io.cognate.userpool.srp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The deterministic vector of reference §3.7, verified against amazon-cognito-identity-js, on the
 * server side (contracts' {@code SrpClientTest} checks the client side against the same vector).
 */
class SrpMathTest {

    private static final String POOL_ID = "us-east-1_AbCdEf123";
    private static final String USER = "testuser";
    private static final String PASSWORD = "Passw0rd!";
    private static final String SALT = "9c6fdb2cc17683aac92d7e5a7acc6bf9";
    private static final BigInteger A_SECRET = new BigInteger("aa".repeat(32), 16);
    private static final BigInteger B_SECRET = new BigInteger("bb".repeat(32), 16);
    private static final String SECRET_BLOCK = "b3BhcXVlLXNlY3JldC1ibG9jay0wMTIzNDU2Nzg5";
    private static final String TIMESTAMP = "Thu Nov 5 01:02:03 UTC 2026";
    private static final String SIGNATURE = "g+/rfFiWju65JKNkDmRaA9ysGCKQ8lIHc1bGYgriFmE=";

    @Test
    void constantsWhenComputedThenMatchTheReference() {
        assertThat(SrpMath.N.bitLength()).isEqualTo(3072);
        assertThat(SrpMath.K.toString(16))
                .isEqualTo("538282c4354742d7cbbde2359fcf67f9f5b3a6b08791e5011b43b8a5b66d9ee6");
        assertThat(SrpMath.poolName(POOL_ID)).isEqualTo("AbCdEf123");
        assertThat(SrpMath.MAX_PUBLIC_VALUE_HEX).isEqualTo(770);
    }

    @Test
    void padHexWhenTopBitSetOrOddLengthThenJavaByteArrayStyle() {
        assertThat(SrpMath.padHex(BigInteger.valueOf(20))).isEqualTo("14");
        assertThat(SrpMath.padHex(BigInteger.valueOf(236))).isEqualTo("00ec");
        assertThat(SrpMath.padHex(BigInteger.valueOf(0x123))).isEqualTo("0123");
        assertThat(SrpMath.padHex(BigInteger.TWO)).isEqualTo("02");
        assertThat(SrpMath.padHex(SrpMath.N)).hasSize(770).startsWith("00ffff");
        for (long n : new long[] {1, 15, 16, 127, 128, 255, 256, 0x8000, 0x7fffff}) {
            assertThat(SrpMath.padHex(BigInteger.valueOf(n)))
                    .isEqualTo(HexFormat.of().formatHex(BigInteger.valueOf(n).toByteArray()));
        }
    }

    @Test
    void vectorWhenServerAndClientComputeThenEveryValueMatches() {
        BigInteger x = SrpMath.x("AbCdEf123", USER, PASSWORD, SALT);
        assertThat(x.toString(16))
                .isEqualTo("3b9ec90817ca09921ce6b57033f3964f779828a6acf868fe49a6ab1f646fa084");
        BigInteger v = SrpMath.verifier(x);
        BigInteger publicA = SrpMath.G.modPow(A_SECRET, SrpMath.N);
        assertThat(publicA.toString(16))
                .hasSize(768)
                .startsWith("94a9554a71a4e65ecc9ce50e2188604e");
        BigInteger publicB = SrpMath.serverPublic(v, B_SECRET);
        assertThat(publicB.toString(16)).startsWith("4b5ddb6f161784fded9612091299d5d8");
        BigInteger u = SrpMath.u(publicA, publicB);
        assertThat(u.toString(16))
                .isEqualTo("39c35c93d2d03a84274d467e9ef9928a4aedd7d81ccfdc0c2398a28d651a95d");
        assertThat(SrpMath.padHex(u)).hasSize(64).startsWith("039c");

        byte[] key = SrpMath.sessionKey(SrpMath.serverSecret(publicA, v, u, B_SECRET), u);

        assertThat(HexFormat.of().formatHex(key)).isEqualTo("23d722586a13b2b562502d4792503b76");
        byte[] signature =
                SrpMath.passwordClaimSignature(
                        key,
                        "AbCdEf123",
                        USER,
                        Base64.getDecoder().decode(SECRET_BLOCK),
                        TIMESTAMP);
        assertThat(Base64.getEncoder().encodeToString(signature)).isEqualTo(SIGNATURE);
    }

    @Test
    void parsePublicValueWhenZeroModNOrTooLongOrNotHexThenRefused() {
        assertThat(SrpMath.parsePublicValue("0")).isNull();
        assertThat(SrpMath.parsePublicValue(SrpMath.N.toString(16))).isNull();
        assertThat(SrpMath.parsePublicValue(SrpMath.N.shiftLeft(1).toString(16))).isNull();
        assertThat(SrpMath.parsePublicValue("1".repeat(771))).isNull();
        assertThat(SrpMath.parsePublicValue("-1f")).isNull();
        assertThat(SrpMath.parsePublicValue("+1f")).isNull();
        assertThat(SrpMath.parsePublicValue("xyz")).isNull();
        assertThat(SrpMath.parsePublicValue("")).isNull();
        assertThat(SrpMath.parsePublicValue(null)).isNull();
        assertThat(SrpMath.parsePublicValue("00" + "ab".repeat(384)))
                .isEqualTo(new BigInteger("ab".repeat(384), 16));
        assertThat(SrpMath.parsePublicValue("1F")).isEqualTo(BigInteger.valueOf(31));
    }
}
