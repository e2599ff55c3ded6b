package io.cognate.userpool.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomRoundsTest {

    @Test
    void toEventWhenRoundsThenCognitoSessionArrayWithNullMetadata() {
        CustomRounds rounds =
                CustomRounds.none()
                        .plus("SRP_A", true, null)
                        .plus("PASSWORD_VERIFIER", true, null)
                        .plus("CUSTOM_CHALLENGE", false, "QUESTION-2");

        assertThat(rounds.toEvent().toString())
                .isEqualTo(
                        "[{\"challengeName\":\"SRP_A\",\"challengeResult\":true,"
                                + "\"challengeMetadata\":null},"
                                + "{\"challengeName\":\"PASSWORD_VERIFIER\",\"challengeResult\":true,"
                                + "\"challengeMetadata\":null},"
                                + "{\"challengeName\":\"CUSTOM_CHALLENGE\",\"challengeResult\":false,"
                                + "\"challengeMetadata\":\"QUESTION-2\"}]");
    }

    @Test
    void readWhenWrittenThenSameRounds() {
        CustomRounds rounds =
                CustomRounds.none().plus("CUSTOM_CHALLENGE", true, "m").plus("SRP_A", true, null);

        assertThat(CustomRounds.read(rounds.write())).isEqualTo(rounds);
        assertThat(CustomRounds.read(null).size()).isZero();
    }
}
