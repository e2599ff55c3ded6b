package io.cognate.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The chart under test and the pinned Helm that renders it (helm-java: Helm's Go code as a native
 * library from Maven Central, so the build needs no helm binary on the PATH).
 */
final class HelmChart {

    static final Path CHART = dir("cognate.chart.dir", "../helm/cognate");
    static final Path EXAMPLES = CHART.getParent().resolve("examples");
    static final Path PRODUCTION_VALUES = EXAMPLES.resolve("values-production.yaml");
    static final Path REPO_ROOT = dir("cognate.repo.root", "../..");
    static final Path WORK = dir("cognate.work.dir", "target/helm");
    static final String RELEASE = "cognate";
    static final String NAMESPACE = "identity";
    static final String KUBE_VERSION = "1.30.0";

    private static final Map<Path, Manifests> CACHE = new ConcurrentHashMap<>();

    private HelmChart() {}

    /** Renders the chart with the default values. */
    static Manifests defaults() {
        return cached(CHART.resolve("values.yaml"));
    }

    /** Renders the chart with the production example over the defaults. */
    static Manifests production() {
        return cached(PRODUCTION_VALUES);
    }

    /** Renders the chart with a values file over the defaults, once per test JVM. */
    static Manifests cached(Path valuesFile) {
        return CACHE.computeIfAbsent(valuesFile, HelmChart::renderAndKeep);
    }

    /** Renders, and leaves the YAML in target/helm/rendered-<values file> for a reader. */
    private static Manifests renderAndKeep(Path valuesFile) {
        String yaml = templateRaw(valuesFile, Map.of());
        try {
            Files.createDirectories(WORK);
            Files.writeString(WORK.resolve("rendered-" + valuesFile.getFileName()), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Manifests.parse(yaml);
    }

    /** Renders the chart with an optional values file and --set pairs, in order. */
    static Manifests template(Path valuesFile, Map<String, Object> sets) {
        return Manifests.parse(templateRaw(valuesFile, sets));
    }

    /** `helm template`: throws IllegalStateException with Helm's message when it fails. */
    static String templateRaw(Path valuesFile, Map<String, Object> sets) {
        TemplateCommand command =
                new Helm(CHART)
                        .template()
                        .withName(RELEASE)
                        .withNamespace(NAMESPACE)
                        .withKubeVersion(KUBE_VERSION);
        if (valuesFile != null) {
            command = command.withValuesFile(valuesFile);
        }
        for (Map.Entry<String, Object> set : new LinkedHashMap<>(sets).entrySet()) {
            command = command.set(set.getKey(), set.getValue());
        }
        return command.call();
    }

    static String version() {
        return Helm.version().call();
    }

    private static Path dir(String property, String fallback) {
        return Path.of(System.getProperty(property, fallback)).toAbsolutePath().normalize();
    }
}
