package io.cognate.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The chart deploys the images the services' Dockerfiles build, tagged with the project version.
 */
class ImagesTest {

    @Test
    void chartWhenReadThenAppVersionIsTheProjectVersionWithoutSnapshot() throws IOException {
        JsonNode chart = Manifests.YAML.readTree(HelmChart.CHART.resolve("Chart.yaml").toFile());
        String projectVersion = System.getProperty("cognate.project.version", "");

        assertThat(projectVersion).isNotEmpty();
        assertThat(chart.path("appVersion").asText())
                .isEqualTo(projectVersion.replace("-SNAPSHOT", ""));
    }

    @Test
    void templateWhenDefaultValuesThenEachImageIsCognateSlashServiceAtAppVersion()
            throws IOException {
        String appVersion =
                Manifests.YAML
                        .readTree(HelmChart.CHART.resolve("Chart.yaml").toFile())
                        .path("appVersion")
                        .asText();

        for (JsonNode c : WorkloadTest.containers(HelmChart.defaults())) {
            String service = c.path("name").asText();
            Path dockerfile =
                    HelmChart.REPO_ROOT.resolve(service).resolve("src/main/docker/Dockerfile.jvm");
            String text = Files.readString(dockerfile);
            String port = String.valueOf(c.at("/ports/0/containerPort").asInt());

            assertThat(c.path("image").asText()).isEqualTo("cognate/" + service + ":" + appVersion);
            assertThat(text)
                    .contains("-t <registry>/cognate/" + service + ":" + appVersion)
                    .containsPattern(
                            "(?m)^FROM registry\\.access\\.redhat\\.com/ubi9/openjdk-17-runtime:[0-9.]+")
                    .containsPattern("(?m)^USER 185$")
                    .containsPattern("(?m)^EXPOSE " + port + "$")
                    .containsPattern("(?m)^WORKDIR /deployments$")
                    .contains(
                            "target/quarkus-app/lib/",
                            "target/quarkus-app/app/",
                            "target/quarkus-app/quarkus/");
        }
    }

    @Test
    void templateWhenProductionValuesThenImagesComeFromTheRegistry() {
        for (JsonNode c : WorkloadTest.containers(HelmChart.production())) {
            assertThat(c.path("image").asText())
                    .isEqualTo(
                            "registry.example.com/platform/cognate/"
                                    + c.path("name").asText()
                                    + ":0.1.0");
        }
    }
}
