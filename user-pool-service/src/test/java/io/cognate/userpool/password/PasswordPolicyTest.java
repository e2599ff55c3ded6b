package io.cognate.userpool.password;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.userpool.errors.InvalidPasswordException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final String PREFIX = "Password did not conform with policy: ";

    @Test
    void checkWhenEachRuleBrokenThenCognitoMessageForThatRule() {
        PasswordPolicy policy = PasswordPolicy.DEFAULT;

        assertRefused(policy, "Aa1!", "Password not long enough");
        assertRefused(policy, "abcdefg1!", "Password must have uppercase characters");
        assertRefused(policy, "ABCDEFG1!", "Password must have lowercase characters");
        assertRefused(policy, "Abcdefgh!", "Password must have numeric characters");
        assertRefused(policy, "Abcdefgh1", "Password must have symbol characters");
        assertThatCode(() -> policy.check("Abcdefg1!")).doesNotThrowAnyException();
    }

    @Test
    void checkWhenSymbolIsAnyOfCognitosSetOrAnInnerSpaceThenAccepted() {
        for (char symbol : PasswordPolicy.SYMBOLS.toCharArray()) {
            assertThatCode(() -> PasswordPolicy.DEFAULT.check("Abcdefg1" + symbol))
                    .doesNotThrowAnyException();
        }
        assertThatCode(() -> PasswordPolicy.DEFAULT.check("Abcd efg1")).doesNotThrowAnyException();
        assertRefused(PasswordPolicy.DEFAULT, "Abcdefg1 ", "Password must have symbol characters");
        assertRefused(PasswordPolicy.DEFAULT, "Abcdefg1é", "Password must have symbol characters");
    }

    @Test
    void ofWhenPoolSettingsGivenThenTheirPolicyApplies() {
        PasswordPolicy relaxed =
                PasswordPolicy.of(
                        Map.of(
                                "Policies",
                                Map.of(
                                        "PasswordPolicy",
                                        Map.of(
                                                "MinimumLength",
                                                12,
                                                "RequireUppercase",
                                                false,
                                                "RequireSymbols",
                                                false))));

        assertThatCode(() -> relaxed.check("alllowercase")).doesNotThrowAnyException();
        assertRefused(relaxed, "short", "Password not long enough");
        assertThatCode(() -> PasswordPolicy.of(Map.of()).check("Abcdefg1!"))
                .doesNotThrowAnyException();
    }

    @Test
    void generateWhenAnyPolicyThenTheTemporaryPasswordSatisfiesIt() {
        for (int minimum : new int[] {6, 8, 30, 99}) {
            PasswordPolicy strict = new PasswordPolicy(minimum, true, true, true, true, 7);
            for (int i = 0; i < 50; i++) {
                String generated = TemporaryPasswords.generate(strict);
                assertThatCode(() -> strict.check(generated)).doesNotThrowAnyException();
            }
        }
    }

    private static void assertRefused(PasswordPolicy policy, String password, String rule) {
        assertThatThrownBy(() -> policy.check(password))
                .isInstanceOf(InvalidPasswordException.class)
                .hasMessage(PREFIX + rule);
    }
}
