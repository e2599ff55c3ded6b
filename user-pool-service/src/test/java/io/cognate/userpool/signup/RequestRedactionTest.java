package io.cognate.userpool.signup;

import static org.assertj.core.api.Assertions.assertThat;

import io.cognate.userpool.recovery.ConfirmForgotPassword;
import io.cognate.userpool.recovery.ForgotPassword;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Passwords, codes and secret hashes never reach a log line through a request's toString. */
class RequestRedactionTest {

    private static final String PASSWORD = "Secret#Passw0rd";
    private static final String CODE = "918273";
    private static final String HASH = "c2VjcmV0LWhhc2gtdmFsdWU=";

    @Test
    void toStringWhenRequestCarriesSecretsThenTheyAreLeftOut() {
        List<Object> requests =
                List.of(
                        new SignUp.Request("client", HASH, "user", PASSWORD, null, null, null),
                        new ConfirmSignUp.Request("client", HASH, "user", CODE, true, null, null),
                        new ResendConfirmationCode.Request("client", HASH, "user", null),
                        new ForgotPassword.Request("client", HASH, "user", null),
                        new ConfirmForgotPassword.Request(
                                "client", HASH, "user", CODE, PASSWORD, null));

        for (Object request : requests) {
            assertThat(request.toString())
                    .contains("client")
                    .doesNotContain(PASSWORD)
                    .doesNotContain(CODE)
                    .doesNotContain(HASH);
        }
    }
}
