package io.cognate.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** `helm lint --strict`: warnings fail the build like errors. */
class ChartLintTest {

    @Test
    void lintWhenDefaultValuesThenStrictLintPasses() {
        LintResult result = new Helm(HelmChart.CHART).lint().strict().call();

        assertClean(result);
    }

    /**
     * helm-java's lint takes no values file, so the production example is merged over values.yaml
     * (Helm's rules: maps merge, anything else replaces, null deletes) in a copy of the chart.
     */
    @Test
    void lintWhenProductionValuesThenStrictLintPasses() throws IOException {
        Path copy = copyChartWithValues("production", HelmChart.PRODUCTION_VALUES);

        LintResult result = new Helm(copy).lint().strict().call();

        assertClean(result);
    }

    @Test
    void lintWhenTestValuesWithInlineSecretsThenStrictLintPasses() throws IOException {
        Path copy = copyChartWithValues("inline-secrets", Renders.INLINE_SECRETS);

        LintResult result = new Helm(copy).lint().strict().call();

        assertClean(result);
    }

    @Test
    void templateWhenPinnedHelmThenItIsHelm3() {
        assertThat(HelmChart.version()).startsWith("v3.");
    }

    private static void assertClean(LintResult result) {
        assertThat(result.getMessages())
                .as("helm lint --strict messages")
                .noneMatch(m -> m.contains("[WARNING]") || m.contains("[ERROR]"));
        assertThat(result.isFailed())
                .as("helm lint --strict failed: %s", result.getMessages())
                .isFalse();
    }

    private static Path copyChartWithValues(String name, Path overrides) throws IOException {
        Path target = HelmChart.WORK.resolve("lint-" + name).resolve("cognate");
        if (Files.exists(target)) {
            try (Stream<Path> old = Files.walk(target)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        try (Stream<Path> files = Files.walk(HelmChart.CHART)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path dest = target.resolve(HelmChart.CHART.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(source, dest);
                }
            }
        }
        ObjectNode values =
                (ObjectNode)
                        Manifests.YAML.readTree(HelmChart.CHART.resolve("values.yaml").toFile());
        merge(values, Manifests.YAML.readTree(overrides.toFile()));
        Manifests.YAML.writeValue(target.resolve("values.yaml").toFile(), values);
        return target;
    }

    private static void merge(ObjectNode base, JsonNode overrides) {
        for (Iterator<Map.Entry<String, JsonNode>> it = overrides.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode current = base.get(field.getKey());
            if (field.getValue().isNull()) {
                base.remove(field.getKey());
            } else if (current instanceof ObjectNode object && field.getValue().isObject()) {
                merge(object, field.getValue());
            } else {
                base.set(field.getKey(), field.getValue());
            }
        }
    }
}
