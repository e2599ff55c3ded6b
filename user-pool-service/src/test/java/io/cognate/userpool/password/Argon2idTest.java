package io.cognate.userpool.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Random;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

class Argon2idTest {

    @Test
    void hashWhenRfc9106VectorThenReproducesItsTag() {
        byte[] tag =
                new Argon2id()
                        .hash(
                                filled(32, 0x01),
                                filled(16, 0x02),
                                filled(8, 0x03),
                                filled(12, 0x04),
                                32,
                                3,
                                4,
                                32);

        assertThat(HexFormat.of().formatHex(tag))
                .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
    }

    @Test
    void hashWhenRandomInputsThenMatchesBouncyCastle() {
        Random random = new Random(20261126);
        Argon2id argon2 = new Argon2id();
        int[][] costs = {
            {8, 1, 1}, {64, 2, 1}, {256, 1, 2}, {1024, 3, 1}, {100, 2, 3}, {2048, 2, 4}
        };
        for (int[] cost : costs) {
            for (int tagLength : new int[] {16, 32, 64, 65, 100}) {
                byte[] password = bytes(random, random.nextInt(40));
                byte[] salt = bytes(random, 8 + random.nextInt(24));
                byte[] secret = bytes(random, random.nextInt(3) * 8);
                byte[] associated = bytes(random, random.nextInt(16));

                byte[] ours =
                        argon2.hash(
                                password,
                                salt,
                                secret,
                                associated,
                                cost[0],
                                cost[1],
                                cost[2],
                                tagLength);

                assertThat(ours)
                        .as("m=%d t=%d p=%d tag=%d", cost[0], cost[1], cost[2], tagLength)
                        .isEqualTo(
                                bouncyCastle(password, salt, secret, associated, cost, tagLength));
            }
        }
    }

    @Test
    void hashWhenCalledAgainOnTheSameThreadThenGivesTheSameTag() {
        Argon2id argon2 = Argon2id.forThisThread();
        byte[] first =
                argon2.hash(filled(8, 1), filled(16, 2), new byte[0], new byte[0], 512, 2, 1, 32);
        argon2.hash(filled(8, 9), filled(16, 9), new byte[0], new byte[0], 1024, 1, 2, 32);

        byte[] again =
                argon2.hash(filled(8, 1), filled(16, 2), new byte[0], new byte[0], 512, 2, 1, 32);

        assertThat(again).isEqualTo(first);
    }

    private static byte[] bouncyCastle(
            byte[] password,
            byte[] salt,
            byte[] secret,
            byte[] associated,
            int[] cost,
            int tagLength) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(
                new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                        .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                        .withMemoryAsKB(cost[0])
                        .withIterations(cost[1])
                        .withParallelism(cost[2])
                        .withSalt(salt)
                        .withSecret(secret)
                        .withAdditional(associated)
                        .build());
        byte[] out = new byte[tagLength];
        generator.generateBytes(password, out);
        return out;
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        java.util.Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    private static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
