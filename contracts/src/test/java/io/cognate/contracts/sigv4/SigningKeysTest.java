package io.cognate.contracts.sigv4;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SigningKeysTest {

    /** AWS's documented derivation example (General Reference, "Deriving the signing key"). */
    private static final String EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    private static final CredentialScope EXAMPLE_SCOPE =
            new CredentialScope("20120215", "us-east-1", "iam");

    @Test
    void ofWhenAwsExampleThenPublishedSigningKey() {
        SecretKeySpec key = SigningKeys.of(EXAMPLE_SECRET, EXAMPLE_SCOPE);

        assertThat(HexFormat.of().formatHex(key.getEncoded()))
                .isEqualTo("f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d");
    }

    @Test
    void ofWhenSameSecretAndScopeAgainThenCachedKeyReturned() {
        SecretKeySpec first = SigningKeys.of("secret-hit-" + EXAMPLE_SECRET, EXAMPLE_SCOPE);

        assertThat(SigningKeys.of("secret-hit-" + EXAMPLE_SECRET, EXAMPLE_SCOPE)).isSameAs(first);
    }

    @Test
    void ofWhenSecretOrAnyScopePartDiffersThenOwnKey() {
        String secret = "secret-miss-" + EXAMPLE_SECRET;
        byte[] key = SigningKeys.of(secret, EXAMPLE_SCOPE).getEncoded();

        assertThat(SigningKeys.of(secret + "x", EXAMPLE_SCOPE).getEncoded()).isNotEqualTo(key);
        assertThat(
                        SigningKeys.of(secret, new CredentialScope("20120216", "us-east-1", "iam"))
                                .getEncoded())
                .isNotEqualTo(key)
                .isEqualTo(
                        SigningKeys.derive(
                                secret, new CredentialScope("20120216", "us-east-1", "iam")));
        assertThat(
                        SigningKeys.of(secret, new CredentialScope("20120215", "eu-west-1", "iam"))
                                .getEncoded())
                .isNotEqualTo(key);
        assertThat(
                        SigningKeys.of(secret, new CredentialScope("20120215", "us-east-1", "sts"))
                                .getEncoded())
                .isNotEqualTo(key);
    }

    @Test
    void ofWhenManyMoreSecretsThanTheBoundThenSizeStaysBoundedAndKeysStayRight() {
        for (int i = 0; i < SigningKeys.MAX_ENTRIES * 2 + 10; i++) {
            String secret = "secret-" + i;
            assertThat(SigningKeys.of(secret, EXAMPLE_SCOPE).getEncoded())
                    .isEqualTo(SigningKeys.derive(secret, EXAMPLE_SCOPE));
            assertThat(SigningKeys.size()).isLessThanOrEqualTo(SigningKeys.MAX_ENTRIES);
        }
    }
}
