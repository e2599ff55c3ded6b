package io.cognate.userpool.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Argon2PhcTest {

    // Vector of the Argon2 reference implementation (phc-winner-argon2, src/test.c).
    private static final String REFERENCE =
            "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4";

    @Test
    void computeWhenReferenceInputsThenReferenceStringIsProduced() {
        byte[] salt = "somesalt".getBytes(StandardCharsets.UTF_8);

        assertThat(Argon2Phc.compute("password", salt, 256, 2, 1).encode()).isEqualTo(REFERENCE);
    }

    @Test
    void matchesWhenReferenceStringParsedThenOnlyTheRightPasswordMatches() {
        Argon2Phc parsed = Argon2Phc.parse(REFERENCE).orElseThrow();

        assertThat(parsed.matches("password")).isTrue();
        assertThat(parsed.matches("passwore")).isFalse();
        assertThat(parsed.encode()).isEqualTo(REFERENCE);
    }

    @Test
    void parseWhenNotArgon2idOrCostOutOfBoundsThenEmpty() {
        assertThat(Argon2Phc.parse(null)).isEmpty();
        assertThat(Argon2Phc.parse("password")).isEmpty();
        assertThat(Argon2Phc.parse(REFERENCE.replace("argon2id", "argon2i"))).isEmpty();
        assertThat(Argon2Phc.parse(REFERENCE.replace("m=256", "m=99999999"))).isEmpty();
        assertThat(Argon2Phc.parse(REFERENCE.replace("t=2", "t=0"))).isEmpty();
        assertThat(Argon2Phc.parse(REFERENCE.replace("m=256,", ""))).isEmpty();
        assertThat(Argon2Phc.parse(REFERENCE.replace("$c29tZXNhbHQ", "$!!"))).isEmpty();
    }

    @Test
    void computeWhenPasswordsDifferOnlyAfterManyBytesThenHashesDiffer() {
        // No truncation: unlike bcrypt's 72 bytes, the 256th character still counts.
        byte[] salt = new byte[16];
        String base = "a".repeat(255);

        String one = Argon2Phc.compute(base + "1", salt, 64, 1, 1).encode();
        String two = Argon2Phc.compute(base + "2", salt, 64, 1, 1).encode();

        assertThat(one).isNotEqualTo(two);
    }
}
