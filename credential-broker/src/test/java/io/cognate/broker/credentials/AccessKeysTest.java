package io.cognate.broker.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Key material in AWS's formats, every character of each alphabet in use. */
class AccessKeysTest {

    @Test
    void temporaryAccessKeyIdWhenMintedThenAsiaAndSixteenUppercaseOrDigits() {
        assertThat(AccessKeys.temporaryAccessKeyId()).matches("ASIA[A-Z0-9]{16}");
    }

    @Test
    void secretAccessKeyWhenMintedThenFortyBase64Characters() {
        assertThat(AccessKeys.secretAccessKey()).matches("[A-Za-z0-9+/]{40}");
    }

    @Test
    void randomWhenDrawnManyTimesThenEveryCharacterOfTheAlphabetAppearsAndNoOther() {
        for (char[] alphabet :
                new char[][] {AccessKeys.KEY_ID_ALPHABET, AccessKeys.SECRET_ALPHABET}) {
            Set<Character> allowed = new HashSet<>();
            for (char c : alphabet) {
                allowed.add(c);
            }
            Set<Character> seen = new HashSet<>();
            for (int i = 0; i < 2000; i++) {
                for (char c : AccessKeys.random(alphabet, 40).toCharArray()) {
                    seen.add(c);
                }
            }
            assertThat(seen).isEqualTo(allowed);
        }
    }

    @Test
    void secretAccessKeyWhenMintedTwiceThenDifferent() {
        assertThat(AccessKeys.secretAccessKey()).isNotEqualTo(AccessKeys.secretAccessKey());
    }
}
