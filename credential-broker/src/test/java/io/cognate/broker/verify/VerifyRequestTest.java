package io.cognate.broker.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written checks of a verify request's action and body hash accept what the regex did. */
class VerifyRequestTest {

    private static final Pattern ACTION = Pattern.compile("[A-Za-z0-9-]+:[A-Za-z0-9*?]+");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "bench:GetItem",
                "s3:*",
                "cognito-idp:Admin*",
                "ec2:Describe?nstances",
                "a:b",
                "A-1:Z9",
                ":GetItem",
                "bench:",
                ":",
                "",
                "bench",
                "bench:Get:Item",
                "bench:Get Item",
                "bench:Get-Item",
                "be_nch:GetItem",
                "bench:GetItem\n",
                "bénch:GetItem",
                "*:GetItem",
                "bench::GetItem"
            })
    void isActionWhenAnyTextThenSameAsPattern(String action) {
        assertThat(VerifyRequest.isAction(action)).isEqualTo(ACTION.matcher(action).matches());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855",
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85",
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8555",
                "g3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85 ",
                ""
            })
    void isSha256HexWhenAnyTextThenSameAsPattern(String hash) {
        assertThat(VerifyRequest.isSha256Hex(hash)).isEqualTo(SHA256.matcher(hash).matches());
    }
}
