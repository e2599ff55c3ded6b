package io.cognate.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Only the gateway takes traffic from outside the release; egress only where it must go. */
class NetworkPolicyTest {

    private static final List<String> BACKENDS =
            List.of("user-pool-service", "identity-pool-service", "credential-broker");

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.cognate.helm.Renders#all")
    void templateWhenRenderedThenEveryPodIsSelectedByAnIngressAndEgressPolicy(
            String values, Manifests manifests) {
        for (JsonNode deployment : manifests.ofKind("Deployment")) {
            JsonNode podLabels = deployment.at("/spec/template/metadata/labels");

            List<JsonNode> selecting = new ArrayList<>();
            for (JsonNode policy : manifests.ofKind("NetworkPolicy")) {
                if (selects(policy.at("/spec/podSelector"), podLabels)) {
                    selecting.add(policy);
                }
            }

            assertThat(selecting).as("policies selecting %s", Manifests.id(deployment)).hasSize(1);
            assertThat(selecting.get(0).at("/spec/policyTypes").toString())
                    .isEqualTo("[\"Ingress\",\"Egress\"]");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.cognate.helm.Renders#all")
    void templateWhenRenderedThenBackendsAcceptOnlyTheReleasesPodsAndNamedScrapers(
            String values, Manifests manifests) {
        for (String backend : BACKENDS) {
            JsonNode ingress =
                    manifests.get("NetworkPolicy", "cognate-" + backend).at("/spec/ingress");

            assertThat(ingress).isNotEmpty();
            for (JsonNode rule : ingress) {
                assertThat(rule.path("from")).as("an open ingress rule on " + backend).isNotEmpty();
            }
            JsonNode first = ingress.get(0).path("from");
            assertThat(first).hasSize(1);
            assertThat(first.get(0).has("namespaceSelector")).isFalse();
            assertThat(first.get(0).at("/podSelector/matchLabels"))
                    .isEqualTo(
                            Manifests.YAML.valueToTree(
                                    Map.of(
                                            "app.kubernetes.io/name", "cognate",
                                            "app.kubernetes.io/instance", "cognate")));
        }
    }

    @Test
    void templateWhenDefaultValuesThenGatewayOpenAndOnlyItReachesExternalHttps() {
        Manifests manifests = HelmChart.defaults();
        JsonNode gateway = manifests.get("NetworkPolicy", "cognate-federation-gateway");

        assertThat(gateway.at("/spec/ingress/0").has("from")).isFalse();
        assertThat(egressPorts(gateway))
                .contains(53, 443, 8081, 8082, 8083)
                .doesNotContain(5432, 9092);
        assertThat(egressPorts(manifests.get("NetworkPolicy", "cognate-identity-pool-service")))
                .contains(53, 443, 5432, 9092, 8081, 8083);
        assertThat(egressPorts(manifests.get("NetworkPolicy", "cognate-user-pool-service")))
                .contains(53, 5432, 9092)
                .doesNotContain(443);
        assertThat(egressPorts(manifests.get("NetworkPolicy", "cognate-credential-broker")))
                .doesNotContain(443);
        assertThat(gateway.toString())
                .contains("169.254.0.0/16")
                .as("private ranges stay out of reach of user-supplied URLs")
                .contains("10.0.0.0/8");
    }

    @Test
    void templateWhenProductionValuesThenGatewayOnlyFromIngressControllerAndStoresByLabel() {
        Manifests manifests = HelmChart.production();
        JsonNode gateway = manifests.get("NetworkPolicy", "cognate-federation-gateway");
        JsonNode broker = manifests.get("NetworkPolicy", "cognate-credential-broker");

        assertThat(gateway.at("/spec/ingress/0/from/0/namespaceSelector/matchLabels").toString())
                .contains("ingress-nginx");
        assertThat(broker.at("/spec/egress").toString())
                .contains("cnpg.io/cluster")
                .contains("strimzi.io/cluster");
        assertThat(egressPorts(broker)).contains(4317);
    }

    @Test
    void templateWhenNetworkPolicyDisabledThenNoneRendered() {
        Manifests manifests = Renders.with(Map.of("networkPolicy.enabled", "false"));

        assertThat(manifests.ofKind("NetworkPolicy")).isEmpty();
    }

    private static boolean selects(JsonNode selector, JsonNode labels) {
        if (selector.has("matchExpressions")) {
            throw new AssertionError("matchExpressions are not evaluated here: " + selector);
        }
        JsonNode match = selector.path("matchLabels");
        if (match.isEmpty()) {
            return true;
        }
        for (var it = match.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getValue().asText().equals(labels.path(e.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    private static List<Integer> egressPorts(JsonNode policy) {
        List<Integer> ports = new ArrayList<>();
        for (JsonNode rule : policy.at("/spec/egress")) {
            for (JsonNode p : rule.path("ports")) {
                ports.add(p.path("port").asInt());
            }
        }
        return ports;
    }
}
