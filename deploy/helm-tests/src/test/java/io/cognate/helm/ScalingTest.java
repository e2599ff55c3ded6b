package io.cognate.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Horizontal scale: HPA, PodDisruptionBudget and spreading, each when switched on. */
class ScalingTest {

    private static final List<String> KEYS =
            List.of("gateway", "userPoolService", "identityPoolService", "credentialBroker");

    @Test
    void templateWhenAutoscalingEnabledThenEachDeploymentHasAnHpaAndNoFixedReplicas() {
        Manifests manifests = HelmChart.production();

        assertThat(manifests.ofKind("HorizontalPodAutoscaler")).hasSize(4);
        for (JsonNode deployment : manifests.ofKind("Deployment")) {
            String name = deployment.at("/metadata/name").asText();
            JsonNode hpa = manifests.get("HorizontalPodAutoscaler", name);

            assertThat(deployment.at("/spec").has("replicas")).as(name).isFalse();
            assertThat(hpa.at("/spec/scaleTargetRef/kind").asText()).isEqualTo("Deployment");
            assertThat(hpa.at("/spec/scaleTargetRef/name").asText()).isEqualTo(name);
            assertThat(hpa.at("/spec/minReplicas").asInt()).isEqualTo(3);
            assertThat(hpa.at("/spec/metrics/0/resource/name").asText()).isEqualTo("cpu");
        }
    }

    @Test
    void templateWhenAutoscalingDisabledThenNoHpaAndFixedReplicas() {
        Manifests manifests = HelmChart.defaults();

        assertThat(manifests.ofKind("HorizontalPodAutoscaler")).isEmpty();
        assertThat(manifests.ofKind("Deployment"))
                .allSatisfy(d -> assertThat(d.at("/spec/replicas").asInt()).isEqualTo(1));
    }

    @Test
    void templateWhenCustomMetricsGivenThenHpaScalesOnThemToo() {
        JsonNode hpa =
                Renders.inlineSecrets().get("HorizontalPodAutoscaler", "cognate-user-pool-service");

        assertThat(hpa.at("/spec/metrics")).hasSize(3);
        assertThat(hpa.at("/spec/metrics/1/resource/name").asText()).isEqualTo("memory");
        assertThat(hpa.at("/spec/metrics/2/type").asText()).isEqualTo("Pods");
        assertThat(hpa.at("/spec/metrics/2/pods/metric/name").asText())
                .isEqualTo("http_server_requests_per_second");
    }

    @Test
    void templateWhenPdbEnabledThenEachDeploymentHasOneSelectingItsPods() {
        for (Manifests manifests : List.of(HelmChart.defaults(), HelmChart.production())) {
            assertThat(manifests.ofKind("PodDisruptionBudget")).hasSize(4);
            for (JsonNode deployment : manifests.ofKind("Deployment")) {
                JsonNode pdb =
                        manifests.get(
                                "PodDisruptionBudget", deployment.at("/metadata/name").asText());

                assertThat(pdb.at("/spec/selector")).isEqualTo(deployment.at("/spec/selector"));
                assertThat(pdb.at("/spec/maxUnavailable").asInt()).isEqualTo(1);
            }
        }
    }

    @Test
    void templateWhenPdbDisabledThenNoneRendered() {
        Map<String, Object> sets = new LinkedHashMap<>();
        KEYS.forEach(k -> sets.put(k + ".pdb.enabled", "false"));

        assertThat(Renders.with(sets).ofKind("PodDisruptionBudget")).isEmpty();
    }

    @Test
    void templateWhenMinAvailableSetThenItReplacesMaxUnavailable() {
        JsonNode pdb =
                Renders.inlineSecrets().get("PodDisruptionBudget", "cognate-user-pool-service");

        assertThat(pdb.at("/spec/minAvailable").asInt()).isEqualTo(1);
        assertThat(pdb.at("/spec").has("maxUnavailable")).isFalse();
    }

    @Test
    void templateWhenRenderedThenPodsSpreadOverZonesAndNodesAndAvoidSharingANode() {
        for (JsonNode deployment : HelmChart.production().ofKind("Deployment")) {
            JsonNode pod = deployment.at("/spec/template/spec");
            JsonNode selector = deployment.at("/spec/selector/matchLabels");

            assertThat(pod.path("topologySpreadConstraints").findValuesAsText("topologyKey"))
                    .containsExactly("topology.kubernetes.io/zone", "kubernetes.io/hostname");
            assertThat(pod.at("/topologySpreadConstraints/0/labelSelector/matchLabels"))
                    .isEqualTo(selector);
            assertThat(
                            pod.at(
                                    "/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/0/podAffinityTerm/labelSelector/matchLabels"))
                    .isEqualTo(selector);
        }
    }

    @Test
    void templateWhenTopologySpreadDisabledThenNoConstraintsOrAntiAffinity() {
        Manifests manifests = Renders.with(Map.of("topologySpread.enabled", "false"));

        for (JsonNode deployment : manifests.ofKind("Deployment")) {
            assertThat(deployment.at("/spec/template/spec").has("topologySpreadConstraints"))
                    .isFalse();
            assertThat(deployment.at("/spec/template/spec").has("affinity")).isFalse();
        }
    }
}
