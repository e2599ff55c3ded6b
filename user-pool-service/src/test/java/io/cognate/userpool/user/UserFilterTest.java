package io.cognate.userpool.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cognate.contracts.aws.error.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserFilterTest {

    @Test
    void parseWhenExactOrPrefixComparisonThenAttributeOperatorAndValue() {
        assertThat(UserFilter.parse("email = \"a@example.com\""))
                .isEqualTo(new UserFilter("email", false, "a@example.com"));
        assertThat(UserFilter.parse("  given_name^=\"Jo\"  "))
                .isEqualTo(new UserFilter("given_name", true, "Jo"));
        assertThat(UserFilter.parse("cognito:user_status = \"CONFIRMED\""))
                .isEqualTo(new UserFilter("cognito:user_status", false, "CONFIRMED"));
        assertThat(UserFilter.parse("status = \"Disabled\""))
                .isEqualTo(new UserFilter("status", false, "Disabled"));
    }

    @Test
    void parseWhenValueHasEscapedQuotesAndBackslashesThenTheyAreUnescaped() {
        assertThat(UserFilter.parse("name = \"say \\\"hi\\\" \\\\o/\""))
                .isEqualTo(new UserFilter("name", false, "say \"hi\" \\o/"));
        assertThat(UserFilter.parse("name = \"\"")).isEqualTo(new UserFilter("name", false, ""));
    }

    @Test
    void parseWhenBlankOrAbsentThenNoFilter() {
        assertThat(UserFilter.parse(null)).isNull();
        assertThat(UserFilter.parse("   ")).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "email",
                "email =",
                "email = a@example.com",
                "email = 'a@example.com'",
                "email == \"a\"",
                "email != \"a\"",
                "email = \"unterminated",
                "email = \"a\" and name = \"b\"",
                "email = \"a\\\"",
                "= \"a\"",
                "custom:tenant = \"a\"",
                "address = \"a\"",
                "status = \"enabled\"",
                "status ^= \"En\"",
                "email ~= \"a\""
            })
    void parseWhenMalformedOrUnsearchableThenInvalidParameter(String filter) {
        assertThatThrownBy(() -> UserFilter.parse(filter))
                .isInstanceOf(InvalidParameterException.class);
    }
}
