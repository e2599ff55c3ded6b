package io.cognate.userpool.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import io.cognate.userpool.mfa.MfaDecision.Kind;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MfaDecisionTest {

    static final Map<String, String> REACHABLE =
            Map.of("email", "a@example.com", "phone_number", "+12065550100");

    static PoolMfa pool(String mode, boolean sms, boolean totp, boolean email) {
        return new PoolMfa(mode, sms, totp, email, "m {####}", "m {####}", "s");
    }

    static UserMfa user(boolean sms, boolean email, boolean totp, String preferred) {
        return new UserMfa(
                "p",
                UUID.randomUUID(),
                sms,
                email,
                totp,
                preferred,
                totp ? new byte[] {1} : null,
                null,
                null);
    }

    @Test
    void decideWhenPoolOffThenNoneWhateverTheUserEnabled() {
        var decision =
                MfaDecision.decide(
                        pool("OFF", true, true, true), user(true, true, true, null), REACHABLE);

        assertThat(decision.kind()).isEqualTo(Kind.NONE);
    }

    @Test
    void decideWhenSeveralEnabledAndOnePreferredThenThePreferred() {
        var decision =
                MfaDecision.decide(
                        pool("OPTIONAL", true, true, true),
                        user(true, true, true, UserMfa.EMAIL),
                        REACHABLE);

        assertThat(decision.kind()).isEqualTo(Kind.FACTOR);
        assertThat(decision.factor()).isEqualTo(UserMfa.EMAIL);
    }

    @Test
    void decideWhenSeveralEnabledAndNonePreferredThenSelectAmongThem() {
        var decision =
                MfaDecision.decide(
                        pool("OPTIONAL", true, true, false),
                        user(true, true, true, null),
                        REACHABLE);

        assertThat(decision.kind()).isEqualTo(Kind.SELECT);
        assertThat(decision.factors()).containsExactly(UserMfa.SMS, UserMfa.TOTP);
    }

    @Test
    void decideWhenOptionalAndNothingEnabledThenNone() {
        var decision =
                MfaDecision.decide(
                        pool("OPTIONAL", true, true, true),
                        user(false, false, false, null),
                        REACHABLE);

        assertThat(decision.kind()).isEqualTo(Kind.NONE);
    }

    @Test
    void decideWhenRequiredAndUserHasAPhoneThenSmsElseSetup() {
        var withPhone =
                MfaDecision.decide(
                        pool("ON", true, true, false), user(false, false, false, null), REACHABLE);
        var withoutPhone =
                MfaDecision.decide(
                        pool("ON", true, true, false), user(false, false, false, null), Map.of());

        assertThat(withPhone.kind()).isEqualTo(Kind.FACTOR);
        assertThat(withPhone.factor()).isEqualTo(UserMfa.SMS);
        assertThat(withoutPhone.kind()).isEqualTo(Kind.SETUP);
        assertThat(withoutPhone.factors()).isEqualTo(List.of(UserMfa.SMS, UserMfa.TOTP));
    }

    @Test
    void decideWhenEnabledFactorNoLongerAllowedByThePoolThenIgnored() {
        var decision =
                MfaDecision.decide(
                        pool("OPTIONAL", false, true, false),
                        user(true, false, false, UserMfa.SMS),
                        REACHABLE);

        assertThat(decision.kind()).isEqualTo(Kind.NONE);
    }
}
