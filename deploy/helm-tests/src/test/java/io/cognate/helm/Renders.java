package io.cognate.helm;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The value sets every manifest test runs against, by name. */
final class Renders {

    static final Path INLINE_SECRETS = resource("values-inline-secrets.yaml");

    private Renders() {}

    /** default values, the production example, and the everything-on test values. */
    static Stream<Arguments> all() {
        return Stream.of(
                Arguments.of("values.yaml", HelmChart.defaults()),
                Arguments.of("examples/values-production.yaml", HelmChart.production()),
                Arguments.of("values-inline-secrets.yaml (test)", inlineSecrets()));
    }

    static Manifests inlineSecrets() {
        return HelmChart.cached(INLINE_SECRETS);
    }

    static Manifests with(Map<String, Object> sets) {
        return HelmChart.template(null, sets);
    }

    static Path resource(String name) {
        try {
            return Path.of(Renders.class.getClassLoader().getResource(name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
