package io.cognate.broker.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ARN matching segment by segment, without splitting the resource, decides as splitting both on
 * {@code :} (at most six segments) did.
 */
class ResourceElementTest {

    private static final List<String> PATTERNS =
            List.of(
                    "*",
                    "arn:aws:s3:::bucket/*",
                    "arn:aws:bench:::items/*",
                    "arn:*:*:*:*:*",
                    "arn:aws:s3:::a:b",
                    "arn:aws:s3:::a:*",
                    "arn:aws",
                    "arn:aws:iam::123456789012:role/x",
                    "arn:aws:iam::*:role/?",
                    "arn:aws:s3:::",
                    "");
    private static final List<String> RESOURCES =
            List.of(
                    "arn:aws:s3:::bucket/key",
                    "arn:aws:s3:::bucket/a:b:c",
                    "arn:aws:bench:::items/1",
                    "arn:aws:bench:::private/1",
                    "arn:aws",
                    "arn:aws:",
                    "",
                    "arn:aws:s3:::a:b",
                    "arn:aws:s3:::a",
                    "a:b:c:d:e:f:g",
                    "arn:aws:iam::123456789012:role/x",
                    "arn:aws:iam::123456789012:role/y",
                    "arn:aws:s3:::");

    static Stream<Arguments> pairs() {
        return PATTERNS.stream()
                .flatMap(pattern -> RESOURCES.stream().map(r -> Arguments.of(pattern, r)));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @MethodSource("pairs")
    void matchesWhenAnyPatternAndResourceThenSameAsSplittingBoth(String pattern, String resource) {
        Glob glob = Glob.pattern(pattern);

        assertThat(ResourceElement.matches(glob, resource)).isEqualTo(splitting(glob, resource));
    }

    /** The former way: both split into at most six segments, compared one by one. */
    private static boolean splitting(Glob pattern, String resource) {
        if (pattern.isMatchAll()) {
            return true;
        }
        List<Glob> expected = pattern.split(':', 6);
        String[] segments = resource.split(":", 6);
        if (expected.size() != segments.length) {
            return false;
        }
        for (int i = 0; i < segments.length; i++) {
            if (!expected.get(i).matches(segments[i], false)) {
                return false;
            }
        }
        return true;
    }
}
