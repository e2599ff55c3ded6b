package io.cognate.userpool.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DestinationsTest {

    @Test
    void maskWhenEmailThenFirstLettersOfNameAndDomainOnly() {
        assertThat(Destinations.maskEmail("alice@example.com")).isEqualTo("a***@e***");
        assertThat(Destinations.maskEmail("b@x.io")).isEqualTo("b***@x***");
    }

    @Test
    void maskWhenPhoneThenLastFourDigitsOnly() {
        assertThat(Destinations.maskPhone("+12065550100")).isEqualTo("+*******0100");
    }

    @Test
    void plausibleWhenUsernameIsAnAddressThenItIsMaskedLikeARealDestination() {
        assertThat(Destinations.plausible("zoe@example.org", "EMAIL"))
                .isEqualTo(new CodeDeliveryDetails("z***@e***", "EMAIL", "email"));
        assertThat(Destinations.plausible("+447700900123", "SMS"))
                .isEqualTo(new CodeDeliveryDetails("+********0123", "SMS", "phone_number"));
    }

    @Test
    void plausibleWhenPlainUsernameThenStableAcrossCalls() {
        CodeDeliveryDetails first = Destinations.plausible("nobody", "EMAIL");

        assertThat(Destinations.plausible("nobody", "EMAIL")).isEqualTo(first);
        assertThat(first.destination()).matches("n\\*\\*\\*@[a-z]\\*\\*\\*");
        assertThat(Destinations.plausible("nobody", "SMS").destination())
                .matches("\\+\\*{7}[0-9]{4}");
    }
}
