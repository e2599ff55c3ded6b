package io.cognate.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Probes, security context and graceful shutdown of every container in every render. */
class WorkloadTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.cognate.helm.Renders#all")
    void templateWhenRenderedThenEveryContainerHasStartupLivenessAndReadinessProbes(
            String values, Manifests manifests) {
        List<JsonNode> containers = containers(manifests);

        assertThat(containers).hasSize(4);
        for (JsonNode c : containers) {
            assertProbe(c, "startupProbe", "/q/health/started");
            assertProbe(c, "livenessProbe", "/q/health/live");
            assertProbe(c, "readinessProbe", "/q/health/ready");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.cognate.helm.Renders#all")
    void templateWhenRenderedThenPodsRunNonRootReadOnlyWithoutPrivilegeOrCapabilities(
            String values, Manifests manifests) {
        for (JsonNode deployment : manifests.ofKind("Deployment")) {
            JsonNode pod = deployment.at("/spec/template/spec");
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
            assertThat(pod.at("/securityContext/seccompProfile/type").asText())
                    .isEqualTo("RuntimeDefault");
            assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();
            for (JsonNode c : pod.path("containers")) {
                JsonNode sc = c.path("securityContext");
                assertThat(sc.path("runAsNonRoot").asBoolean()).as(name(c)).isTrue();
                assertThat(sc.path("readOnlyRootFilesystem").asBoolean()).as(name(c)).isTrue();
                assertThat(sc.path("allowPrivilegeEscalation").asBoolean(true))
                        .as(name(c))
                        .isFalse();
                assertThat(sc.path("privileged").asBoolean(true)).as(name(c)).isFalse();
                assertThat(sc.at("/capabilities/drop").toString())
                        .as(name(c))
                        .isEqualTo("[\"ALL\"]");
                assertThat(sc.at("/capabilities/add").isMissingNode()).as(name(c)).isTrue();
                assertThat(sc.at("/seccompProfile/type").asText()).isEqualTo("RuntimeDefault");
                assertThat(mountPath(c, "tmp")).as("writable /tmp of " + name(c)).isEqualTo("/tmp");
            }
            assertThat(volume(pod, "tmp").has("emptyDir")).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.cognate.helm.Renders#all")
    void templateWhenRenderedThenGracePeriodCoversPreStopAndQuarkusShutdownTimeout(
            String values, Manifests manifests) {
        for (JsonNode deployment : manifests.ofKind("Deployment")) {
            JsonNode pod = deployment.at("/spec/template/spec");
            JsonNode c = pod.path("containers").get(0);
            int preStop = c.at("/lifecycle/preStop/exec/command/1").asInt();
            String component = name(c);
            String properties =
                    manifests
                            .get("ConfigMap", "cognate-" + component)
                            .at("/data/application.properties")
                            .asText();
            int shutdown =
                    Integer.parseInt(
                            property(properties, "quarkus.shutdown.timeout").replace("s", ""));

            assertThat(c.at("/lifecycle/preStop/exec/command/0").asText()).isEqualTo("sleep");
            assertThat(preStop).isPositive();
            assertThat(pod.path("terminationGracePeriodSeconds").asInt())
                    .as(component)
                    .isGreaterThan(preStop + shutdown);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.cognate.helm.Renders#all")
    void templateWhenRenderedThenEachServiceTargetsItsContainerPortAndConfigMap(
            String values, Manifests manifests) {
        Map<String, Integer> ports =
                Map.of(
                        "federation-gateway", 8080,
                        "user-pool-service", 8081,
                        "identity-pool-service", 8082,
                        "credential-broker", 8083);
        for (JsonNode c : containers(manifests)) {
            int port = ports.get(name(c));
            String properties =
                    manifests
                            .get("ConfigMap", "cognate-" + name(c))
                            .at("/data/application.properties")
                            .asText();
            JsonNode service = manifests.get("Service", "cognate-" + name(c));

            assertThat(c.at("/ports/0/containerPort").asInt()).isEqualTo(port);
            assertThat(property(properties, "quarkus.http.port")).isEqualTo(String.valueOf(port));
            assertThat(property(properties, "quarkus.http.host")).isEqualTo("0.0.0.0");
            assertThat(service.at("/spec/ports/0/targetPort").asText()).isEqualTo("http");
            assertThat(mountPath(c, "config")).isEqualTo("/deployments/config");
            assertThat(c.path("workingDir").asText()).isEqualTo("/deployments");
            assertThat(c.at("/resources/requests/memory").asText()).isNotEmpty();
            assertThat(c.at("/resources/limits/memory").asText()).isNotEmpty();
        }
    }

    static List<JsonNode> containers(Manifests manifests) {
        List<JsonNode> containers = new ArrayList<>();
        for (JsonNode d : manifests.ofKind("Deployment")) {
            d.at("/spec/template/spec/containers").forEach(containers::add);
        }
        return containers;
    }

    /** The value of a key in a rendered application.properties. */
    static String property(String properties, String key) {
        return properties
                .lines()
                .filter(l -> l.startsWith(key + "="))
                .map(l -> l.substring(key.length() + 1))
                .findFirst()
                .orElseThrow(() -> new AssertionError(key + " not in\n" + properties));
    }

    private static void assertProbe(JsonNode container, String probe, String path) {
        JsonNode p = container.path(probe);
        assertThat(p.at("/httpGet/path").asText())
                .as(probe + " of " + name(container))
                .isEqualTo(path);
        assertThat(p.at("/httpGet/port").asText()).isEqualTo("http");
        assertThat(p.path("periodSeconds").asInt()).isPositive();
        assertThat(p.path("failureThreshold").asInt()).isPositive();
    }

    private static String mountPath(JsonNode container, String volume) {
        for (JsonNode m : container.path("volumeMounts")) {
            if (volume.equals(m.path("name").asText())) {
                return m.path("mountPath").asText();
            }
        }
        return null;
    }

    private static JsonNode volume(JsonNode pod, String name) {
        for (JsonNode v : pod.path("volumes")) {
            if (name.equals(v.path("name").asText())) {
                return v;
            }
        }
        throw new AssertionError("no volume " + name);
    }

    private static String name(JsonNode container) {
        return container.path("name").asText();
    }
}
