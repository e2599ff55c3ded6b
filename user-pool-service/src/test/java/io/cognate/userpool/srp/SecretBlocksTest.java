package io.cognate.userpool.srp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SecretBlocksTest {

    private static final String KEK = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEK =
            Base64.getEncoder().encodeToString("another-key-encryption-key-32by!".getBytes());

    private final SecretBlocks blocks = new SecretBlocks(new SrpKeys(Optional.of(KEK)));

    @Test
    void openWhenSealedByThisKeyThenTheSameBlock() {
        SecretBlock block = block();

        SecretBlock opened = blocks.open(blocks.seal(block)).orElseThrow();

        assertThat(opened).isEqualTo(block);
        assertThat(opened.toString()).doesNotContain(block.b().toString(16));
    }

    @Test
    void openWhenAnyByteAlteredThenEmpty() {
        byte[] sealed = blocks.seal(block());
        for (int i = 0; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x40;
            assertThat(blocks.open(tampered)).as("byte %d", i).isEmpty();
        }
    }

    @Test
    void openWhenSealedUnderAnotherKeyOrTruncatedThenEmpty() {
        SecretBlocks other = new SecretBlocks(new SrpKeys(Optional.of(OTHER_KEK)));
        byte[] sealed = other.seal(block());

        assertThat(blocks.open(sealed)).isEmpty();
        assertThat(blocks.open(new byte[0])).isEmpty();
        assertThat(blocks.open(java.util.Arrays.copyOf(blocks.seal(block()), 20))).isEmpty();
        assertThat(blocks.open(new byte[5000])).isEmpty();
    }

    @Test
    void sealWhenSameBlockTwiceThenDifferentCiphertexts() {
        SecretBlock block = block();

        assertThat(blocks.seal(block)).isNotEqualTo(blocks.seal(block));
    }

    private static SecretBlock block() {
        return new SecretBlock(
                UUID.randomUUID(),
                Instant.ofEpochMilli(1_800_000_000_123L),
                "us-east-1_AbCdEf123",
                "client123",
                "frank",
                true,
                new BigInteger("bb".repeat(32), 16),
                SrpMath.G.modPow(new BigInteger("aa".repeat(32), 16), SrpMath.N),
                SrpMath.N.subtract(BigInteger.TEN));
    }
}
