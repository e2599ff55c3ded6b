package io.cognate.contracts.srp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The deterministic vector of reference §3.7, verified against amazon-cognito-identity-js. */
class SrpClientTest {

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
        assertThat(SrpGroup.N.bitLength()).isEqualTo(3072);
        assertThat(SrpGroup.N.toString(16)).hasSize(768).startsWith("ffffffffffffffffc90fdaa2");
        assertThat(SrpGroup.G).isEqualTo(BigInteger.TWO);
        assertThat(SrpGroup.K.toString(16))
                .isEqualTo("538282c4354742d7cbbde2359fcf67f9f5b3a6b08791e5011b43b8a5b66d9ee6");
    }

    @Test
    void padHexWhenTopBitSetOrOddLengthThenJavaByteArrayStyle() {
        assertThat(SrpGroup.padHex(BigInteger.valueOf(0x123))).isEqualTo("0123");
        assertThat(SrpGroup.padHex(BigInteger.valueOf(236))).isEqualTo("00ec");
        assertThat(SrpGroup.padHex(SrpGroup.N)).hasSize(770).startsWith("00ffff");
        for (long n : new long[] {1, 15, 16, 127, 128, 255, 256, 0x8000, 0x7fffff}) {
            assertThat(SrpGroup.padHex(BigInteger.valueOf(n)))
                    .isEqualTo(HexFormat.of().formatHex(BigInteger.valueOf(n).toByteArray()));
        }
    }

    @Test
    void vectorWhenClientComputesThenEveryValueMatchesTheReference() {
        PasswordKey key = PasswordKey.of(SrpClient.poolName(POOL_ID), USER, PASSWORD, SALT);
        assertThat(key.x().toString(16))
                .isEqualTo("3b9ec90817ca09921ce6b57033f3964f779828a6acf868fe49a6ab1f646fa084");
        SrpClient client = SrpClient.withSecret(A_SECRET);
        assertThat(client.srpA()).hasSize(768).startsWith("94a9554a71a4e65ecc9ce50e2188604e");
        String srpB = serverPublic(key.gx()).toString(16);
        assertThat(srpB).startsWith("4b5ddb6f161784fded9612091299d5d8");

        byte[] sessionKey = client.sessionKey(key, new BigInteger(srpB, 16));

        assertThat(HexFormat.of().formatHex(sessionKey))
                .isEqualTo("23d722586a13b2b562502d4792503b76");
        assertThat(
                        client.userSignature(
                                POOL_ID, USER, PASSWORD, SALT, srpB, SECRET_BLOCK, TIMESTAMP))
                .isEqualTo(SIGNATURE);
        assertThat(client.signature("AbCdEf123", USER, key, srpB, SECRET_BLOCK, TIMESTAMP))
                .isEqualTo(SIGNATURE);
    }

    @Test
    void passwordVerifierResponsesWhenChallengedThenWhatTheJsLibrarySends() {
        PasswordKey key = PasswordKey.of("AbCdEf123", USER, PASSWORD, SALT);
        String srpB = serverPublic(key.gx()).toString(16);
        Map<String, String> challenge =
                Map.of(
                        "USER_ID_FOR_SRP", USER,
                        "SALT", SALT,
                        "SRP_B", srpB,
                        "SECRET_BLOCK", SECRET_BLOCK);

        assertThat(
                        SrpClient.withSecret(A_SECRET)
                                .passwordVerifierResponses(POOL_ID, challenge, PASSWORD, TIMESTAMP))
                .containsExactly(
                        Map.entry("USERNAME", USER),
                        Map.entry("PASSWORD_CLAIM_SECRET_BLOCK", SECRET_BLOCK),
                        Map.entry("TIMESTAMP", TIMESTAMP),
                        Map.entry("PASSWORD_CLAIM_SIGNATURE", SIGNATURE));
    }

    @Test
    void userSignatureWhenPasswordWrongThenDifferent() {
        PasswordKey key = PasswordKey.of("AbCdEf123", USER, PASSWORD, SALT);
        SrpClient client = SrpClient.withSecret(A_SECRET);
        String srpB = serverPublic(key.gx()).toString(16);

        assertThat(
                        client.userSignature(
                                POOL_ID, USER, "Passw0rd?", SALT, srpB, SECRET_BLOCK, TIMESTAMP))
                .isNotEqualTo(SIGNATURE);
    }

    @Test
    void deviceSignatureWhenGroupKeyAndDeviceKeyThenSameMathsAsAUser() {
        SrpClient client = SrpClient.withSecret(A_SECRET);
        PasswordKey key = PasswordKey.of("AbCdEf123", USER, PASSWORD, SALT);
        String srpB = serverPublic(key.gx()).toString(16);

        assertThat(
                        client.deviceSignature(
                                "AbCdEf123", USER, PASSWORD, SALT, srpB, SECRET_BLOCK, TIMESTAMP))
                .isEqualTo(SIGNATURE);
    }

    @Test
    void devicePasswordVerifierResponsesWhenChallengedThenWhatTheJsLibrarySends() {
        PasswordKey key = PasswordKey.of("AbCdEf123", USER, PASSWORD, SALT);
        String srpB = serverPublic(key.gx()).toString(16);
        Map<String, String> challenge =
                Map.of("SALT", SALT, "SRP_B", srpB, "SECRET_BLOCK", SECRET_BLOCK);

        assertThat(
                        SrpClient.withSecret(A_SECRET)
                                .devicePasswordVerifierResponses(
                                        "alice", "AbCdEf123", USER, PASSWORD, challenge, TIMESTAMP))
                .containsExactly(
                        Map.entry("USERNAME", "alice"),
                        Map.entry("DEVICE_KEY", USER),
                        Map.entry("PASSWORD_CLAIM_SECRET_BLOCK", SECRET_BLOCK),
                        Map.entry("TIMESTAMP", TIMESTAMP),
                        Map.entry("PASSWORD_CLAIM_SIGNATURE", SIGNATURE));
    }

    @Test
    void deviceVerifierWhenComputedThenBase64OfPadHexSaltAndGx() {
        DeviceVerifier verifier = DeviceVerifier.of("AbCdEf123", USER, PASSWORD, SALT);

        assertThat(Base64.getDecoder().decode(verifier.salt()))
                .isEqualTo(HexFormat.of().parseHex("009c6fdb2cc17683aac92d7e5a7acc6bf9"));
        assertThat(new BigInteger(1, Base64.getDecoder().decode(verifier.passwordVerifier())))
                .isEqualTo(PasswordKey.of("AbCdEf123", USER, PASSWORD, SALT).gx());
    }

    @Test
    void generateWhenCalledThenFreshPasswordWhoseVerifierMatches() {
        DeviceVerifier.DeviceSecret one = DeviceVerifier.generate("group", "device");
        DeviceVerifier.DeviceSecret two = DeviceVerifier.generate("group", "device");

        assertThat(one.password()).isNotEqualTo(two.password());
        assertThat(Base64.getDecoder().decode(one.password())).hasSize(40);
        String salt =
                HexFormat.of()
                        .formatHex(
                                new BigInteger(1, Base64.getDecoder().decode(one.verifier().salt()))
                                        .toByteArray());
        assertThat(DeviceVerifier.of("group", "device", one.password(), salt))
                .isEqualTo(one.verifier());
        assertThat(one.toString()).doesNotContain(one.password());
    }

    @Test
    void randomWhenBitsChosenThenSecretOfThatLength() {
        BigInteger publicA = SrpClient.random(256).publicA();

        assertThat(publicA.signum()).isPositive();
        assertThat(publicA).isLessThan(SrpGroup.N);
        assertThat(SrpClient.random().srpA()).isNotEqualTo(SrpClient.random().srpA());
    }

    @Test
    void timestampWhenInstantThenJsLibraryFormat() {
        assertThat(SrpClient.timestamp(Instant.parse("2026-11-05T01:02:03Z"))).isEqualTo(TIMESTAMP);
        assertThat(SrpClient.poolName(POOL_ID)).isEqualTo("AbCdEf123");
    }

    /** The server's {@code B = k·g^x + g^b mod N}, for the vector's {@code b}. */
    private static BigInteger serverPublic(BigInteger verifier) {
        return SrpGroup.K.multiply(verifier)
                .add(SrpGroup.G.modPow(B_SECRET, SrpGroup.N))
                .mod(SrpGroup.N);
    }
}
