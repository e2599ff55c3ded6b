package io.cognate.broker.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keys shared by many requests' contexts, and the time keys formatted once per second. */
class ConditionContextSharedKeysTest {

    private static final SharedKeys PRINCIPAL =
            SharedKeys.of(
                    Map.of(
                            "aws:PrincipalTag/Team", List.of("blue"),
                            "aws:userid", List.of("AROAEXAMPLE:s1")));

    @Test
    void valuesWhenSharedKeysThenFoundCaseInsensitively() {
        ConditionContext context = ConditionContext.builder().shared(PRINCIPAL).build();

        assertThat(context.values("AWS:PRINCIPALTAG/team")).contains(List.of("blue"));
        assertThat(context.contains("aws:UserId")).isTrue();
        assertThat(context.contains("aws:SourceIp")).isFalse();
    }

    @Test
    void valuesWhenRequestPutsASharedKeyThenTheSharedValueWins() {
        ConditionContext context =
                ConditionContext.builder()
                        .put("aws:userid", "AROAOTHER:forged")
                        .shared(PRINCIPAL)
                        .put("aws:PrincipalTag/Team", "red")
                        .put("s3:prefix", "home/")
                        .build();

        assertThat(context.values("aws:userid")).contains(List.of("AROAEXAMPLE:s1"));
        assertThat(context.values("aws:PrincipalTag/Team")).contains(List.of("blue"));
        assertThat(context.values("s3:prefix")).contains(List.of("home/"));
    }

    @Test
    void toBuilderWhenSharedKeysThenCarriedOverAndStillWinning() {
        ConditionContext context =
                ConditionContext.builder().shared(PRINCIPAL).put("s3:prefix", "a").build();

        ConditionContext copy = context.toBuilder().put("s3:delimiter", "/").build();

        assertThat(copy.values("aws:userid")).contains(List.of("AROAEXAMPLE:s1"));
        assertThat(copy.values("s3:prefix")).contains(List.of("a"));
        assertThat(copy.values("s3:delimiter")).contains(List.of("/"));
    }

    @Test
    void currentTimeWhenSameSecondOrNextThenIsoAndEpochOfThatSecond() {
        Instant first = Instant.parse("2026-11-26T19:00:00.250Z");

        ConditionContext a = ConditionContext.builder().currentTime(first).build();
        ConditionContext b = ConditionContext.builder().currentTime(first.plusMillis(500)).build();
        ConditionContext c = ConditionContext.builder().currentTime(first.plusSeconds(1)).build();

        assertThat(a.values(ConditionContext.CURRENT_TIME))
                .contains(List.of("2026-11-26T19:00:00Z"));
        assertThat(a.values(ConditionContext.EPOCH_TIME)).contains(List.of("1795719600"));
        assertThat(b.values("AWS:CURRENTTIME")).contains(List.of("2026-11-26T19:00:00Z"));
        assertThat(c.values(ConditionContext.CURRENT_TIME))
                .contains(List.of("2026-11-26T19:00:01Z"));
        assertThat(c.values(ConditionContext.EPOCH_TIME)).contains(List.of("1795719601"));
    }

    @Test
    void currentTimeWhenBeforeTheEpochThenThatSecond() {
        ConditionContext context =
                ConditionContext.builder()
                        .currentTime(Instant.parse("1969-12-31T23:59:59.900Z"))
                        .build();

        assertThat(context.values(ConditionContext.CURRENT_TIME))
                .contains(List.of("1969-12-31T23:59:59Z"));
        assertThat(context.values(ConditionContext.EPOCH_TIME)).contains(List.of("-1"));
    }
}
