package io.cognate.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Ingress (only to the gateway, never /q) and the ServiceMonitor. */
class ExposureTest {

    @Test
    void templateWhenDefaultValuesThenNoIngressAndNoServiceMonitor() {
        assertThat(HelmChart.defaults().ofKind("Ingress")).isEmpty();
        assertThat(HelmChart.defaults().ofKind("ServiceMonitor")).isEmpty();
    }

    @Test
    void templateWhenIngressOnWithCertManagerThenTlsCertificateIsRequested() {
        JsonNode ingress = HelmChart.production().get("Ingress", "cognate-federation-gateway");

        assertThat(ingress.at("/metadata/annotations/cert-manager.io~1cluster-issuer").asText())
                .isEqualTo("letsencrypt-prod");
        assertThat(ingress.at("/spec/ingressClassName").asText()).isEqualTo("nginx");
        assertThat(ingress.at("/spec/tls/0/secretName").asText()).isEqualTo("cognate-tls");
        assertThat(ingress.at("/spec/tls/0/hosts/0").asText()).isEqualTo("auth.example.com");
    }

    @Test
    void templateWhenIngressOnThenOnlyTheGatewayIsRoutedAndHealthPathsGoNowhere() {
        Manifests manifests = HelmChart.production();
        JsonNode paths =
                manifests
                        .get("Ingress", "cognate-federation-gateway")
                        .at("/spec/rules/0/http/paths");
        JsonNode blocked = manifests.get("Service", "cognate-blocked");

        assertThat(paths).hasSize(2);
        assertThat(paths.get(0).path("path").asText()).isEqualTo("/q");
        assertThat(paths.get(0).at("/backend/service/name").asText()).isEqualTo("cognate-blocked");
        assertThat(paths.get(1).path("path").asText()).isEqualTo("/");
        assertThat(paths.get(1).at("/backend/service/name").asText())
                .isEqualTo("cognate-federation-gateway");
        assertThat(blocked.at("/spec").has("selector")).as("no endpoints behind /q").isFalse();
    }

    @Test
    void templateWhenServiceMonitorOnThenItScrapesMetricsOfExactlyTheFourServices() {
        Manifests manifests = HelmChart.production();
        JsonNode monitor = manifests.get("ServiceMonitor", "cognate");
        JsonNode selector = monitor.at("/spec/selector");
        List<String> selected =
                manifests.ofKind("Service").stream()
                        .filter(s -> selects(selector, s.at("/metadata/labels")))
                        .map(s -> s.at("/metadata/name").asText())
                        .toList();

        assertThat(monitor.at("/spec/endpoints/0/path").asText()).isEqualTo("/q/metrics");
        assertThat(monitor.at("/spec/endpoints/0/port").asText()).isEqualTo("http");
        assertThat(monitor.at("/metadata/labels/release").asText())
                .isEqualTo("kube-prometheus-stack");
        assertThat(selected)
                .containsExactlyInAnyOrder(
                        "cognate-federation-gateway",
                        "cognate-user-pool-service",
                        "cognate-identity-pool-service",
                        "cognate-credential-broker");
    }

    private static boolean selects(JsonNode selector, JsonNode labels) {
        for (var it = selector.path("matchLabels").fields(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getValue().asText().equals(labels.path(e.getKey()).asText(null))) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String value = labels.path(expression.path("key").asText()).asText(null);
            boolean in = false;
            for (JsonNode v : expression.path("values")) {
                in |= v.asText().equals(value);
            }
            if (!expression.path("operator").asText().equals("In") || !in) {
                return false;
            }
        }
        return true;
    }
}
