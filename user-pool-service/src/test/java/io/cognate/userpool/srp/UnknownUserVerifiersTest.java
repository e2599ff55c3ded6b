package io.cognate.userpool.srp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnknownUserVerifiersTest {

    private static final String POOL = "us-east-1_AbCdEf123";

    private final UnknownUserVerifiers fakes = verifiers(new byte[32]);

    @Test
    void forUserWhenAskedTwiceThenSameSaltAndVerifierAndCaseDoesNotMatter() {
        SrpVerifier first = fakes.forUser(POOL, "nobody");

        assertThat(fakes.forUser(POOL, "nobody")).isEqualTo(first);
        assertThat(fakes.forUser(POOL, "NoBody")).isEqualTo(first);
        assertThat(first.salt()).matches("[0-9a-f]{32}");
        BigInteger v = new BigInteger(first.verifier(), 16);
        assertThat(v.signum()).isPositive();
        assertThat(v).isLessThan(SrpMath.N);
        assertThat(v.bitLength()).isGreaterThan(3000);
    }

    @Test
    void forUserWhenOtherNameOrPoolOrServerKeyThenDifferent() {
        SrpVerifier nobody = fakes.forUser(POOL, "nobody");

        assertThat(fakes.forUser(POOL, "nobody2").salt()).isNotEqualTo(nobody.salt());
        assertThat(fakes.forUser("us-east-1_Other", "nobody").salt()).isNotEqualTo(nobody.salt());
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        assertThat(verifiers(otherKey).forUser(POOL, "nobody").salt()).isNotEqualTo(nobody.salt());
    }

    @Test
    void userIdForWhenEmailOrPhoneThenStableUuidElseTheNameAsTyped() {
        assertThat(fakes.userIdFor(POOL, "Nobody")).isEqualTo("Nobody");
        String id = fakes.userIdFor(POOL, "who@example.com");

        assertThat(id)
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
                .isEqualTo(fakes.userIdFor(POOL, "WHO@example.com"));
        assertThat(fakes.userIdFor(POOL, "+15550100")).isNotEqualTo(id).hasSize(36);
    }

    private static UnknownUserVerifiers verifiers(byte[] kek) {
        return new UnknownUserVerifiers(
                new SrpKeys(Optional.of(Base64.getEncoder().encodeToString(kek))));
    }
}
