package io.cognate.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rendered object against the Kubernetes schemas (see {@link KubernetesSchemas}). */
class KubernetesSchemaTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.cognate.helm.Renders#all")
    void templateWhenRenderedThenEveryObjectMatchesItsKubernetesSchema(
            String values, Manifests manifests) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        Map<String, Integer> kinds = new TreeMap<>();
        for (JsonNode object : manifests.objects()) {
            kinds.merge(object.path("kind").asText(), 1, Integer::sum);
            List<String> found = KubernetesSchemas.problems(object);
            if (!found.isEmpty()) {
                problems.put(Manifests.id(object), found);
            }
        }
        System.out.printf(
                "helm template (%s): %d objects %s%n", values, manifests.objects().size(), kinds);

        assertThat(manifests.objects()).isNotEmpty();
        assertThat(problems).as("objects the Kubernetes API would refuse").isEmpty();
    }

    @Test
    void validateWhenContainerHasMisspelledFieldThenReported() {
        ObjectNode deployment = HelmChart.defaults().ofKind("Deployment").get(0).deepCopy();
        ObjectNode container = containerOf(deployment);
        container.set("livenesProbe", container.get("livenessProbe"));

        assertThat(KubernetesSchemas.problems(deployment))
                .anyMatch(p -> p.contains("livenesProbe"));
    }

    @Test
    void validateWhenPortIsTextThenReported() {
        ObjectNode deployment = HelmChart.defaults().ofKind("Deployment").get(0).deepCopy();
        ((ObjectNode) containerOf(deployment).get("ports").get(0)).put("containerPort", "8080");

        assertThat(KubernetesSchemas.problems(deployment))
                .anyMatch(p -> p.contains("containerPort"));
    }

    @Test
    void validateWhenRequiredFieldMissingThenReported() {
        ObjectNode deployment = HelmChart.defaults().ofKind("Deployment").get(0).deepCopy();
        containerOf(deployment).remove("name");

        assertThat(KubernetesSchemas.problems(deployment)).anyMatch(p -> p.contains("`name`"));
    }

    @Test
    void validateWhenServiceMonitorHasUnknownFieldThenReported() {
        ObjectNode monitor = Renders.inlineSecrets().ofKind("ServiceMonitor").get(0).deepCopy();
        ((ObjectNode) monitor.get("spec").get("endpoints").get(0)).put("scrapeEvery", "30s");

        assertThat(KubernetesSchemas.problems(monitor)).anyMatch(p -> p.contains("scrapeEvery"));
    }

    @Test
    void validateWhenApiVersionRemovedThenReported() {
        ObjectNode hpa = HelmChart.production().ofKind("HorizontalPodAutoscaler").get(0).deepCopy();
        hpa.put("apiVersion", "autoscaling/v2beta2");

        assertThat(KubernetesSchemas.problems(hpa)).anyMatch(p -> p.contains("no schema"));
    }

    private static ObjectNode containerOf(ObjectNode deployment) {
        return (ObjectNode) deployment.at("/spec/template/spec/containers/0");
    }
}
