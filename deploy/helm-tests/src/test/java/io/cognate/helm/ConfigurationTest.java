package io.cognate.helm;

import static io.cognate.helm.WorkloadTest.property;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each service's ConfigMap tells Quarkus, and the files it mounts for TLS. */
class ConfigurationTest {

    @Test
    void templateWhenRenderedThenGatewayForwardsToTheReleasesServices() {
        String gateway = properties(HelmChart.defaults(), "federation-gateway");

        assertThat(property(gateway, "cognate.upstream.user-pool-service"))
                .isEqualTo("http://cognate-user-pool-service:8081");
        assertThat(property(gateway, "cognate.upstream.identity-pool-service"))
                .isEqualTo("http://cognate-identity-pool-service:8082");
        assertThat(property(gateway, "cognate.upstream.credential-broker"))
                .isEqualTo("http://cognate-credential-broker:8083");
        assertThat(gateway).doesNotContain("quarkus.datasource", "kafka.");
    }

    @Test
    void templateWhenRenderedThenBackendsReachEachOtherInsideTheRelease() {
        Manifests manifests = HelmChart.defaults();
        String userPool = properties(manifests, "user-pool-service");
        String identityPool = properties(manifests, "identity-pool-service");
        String broker = properties(manifests, "credential-broker");

        assertThat(property(userPool, "cognate.broker.url"))
                .isEqualTo("http://cognate-credential-broker:8083");
        assertThat(property(identityPool, "cognate.broker.url"))
                .isEqualTo("http://cognate-credential-broker:8083");
        assertThat(property(identityPool, "cognate.identity.sts-url"))
                .isEqualTo("http://cognate-credential-broker:8083/");
        assertThat(property(identityPool, "cognate.identity.user-pool-jwks-url"))
                .isEqualTo(
                        "http://cognate-user-pool-service:8081/{userPoolId}/.well-known/jwks.json");
        assertThat(property(identityPool, "cognate.identity.user-pool-token-check-url"))
                .isEqualTo("http://cognate-user-pool-service:8081/internal/token-check");
        assertThat(property(identityPool, "cognate.identity.issuer"))
                .isEqualTo("http://127.0.0.1:8080/identity");
        assertThat(property(broker, "cognate.broker.identity-issuer"))
                .isEqualTo("http://127.0.0.1:8080/identity");
        assertThat(property(broker, "cognate.broker.identity-jwks-url"))
                .isEqualTo(
                        "http://cognate-identity-pool-service:8082/identity/.well-known/jwks.json");
    }

    @Test
    void templateWhenDefaultValuesThenBackendsUseTheExamplePostgresAndKafka() {
        String broker = properties(HelmChart.defaults(), "credential-broker");

        assertThat(property(broker, "quarkus.datasource.jdbc.url"))
                .isEqualTo("jdbc:postgresql://cognate-pg-rw:5432/cognate");
        assertThat(property(broker, "quarkus.datasource.reactive.url"))
                .isEqualTo("postgresql://cognate-pg-rw:5432/cognate");
        assertThat(property(broker, "quarkus.flyway.migrate-at-start")).isEqualTo("true");
        assertThat(property(broker, "kafka.bootstrap.servers"))
                .isEqualTo("cognate-kafka-kafka-bootstrap:9092");
        assertThat(property(broker, "cognate.public-base-url")).isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void templateWhenVerifyFullTlsThenBothDriversVerifyAgainstTheMountedCa() {
        Manifests manifests = HelmChart.production();
        String userPool = properties(manifests, "user-pool-service");
        JsonNode pod =
                manifests.get("Deployment", "cognate-user-pool-service").at("/spec/template/spec");

        assertThat(property(userPool, "quarkus.datasource.jdbc.url"))
                .endsWith("?sslmode=verify-full&sslrootcert=/etc/cognate/database-ca/ca.crt");
        assertThat(property(userPool, "quarkus.datasource.reactive.postgresql.ssl-mode"))
                .isEqualTo("verify-full");
        assertThat(property(userPool, "quarkus.datasource.reactive.trust-certificate-pem.certs"))
                .isEqualTo("/etc/cognate/database-ca/ca.crt");
        assertThat(
                        property(
                                userPool,
                                "quarkus.datasource.reactive.hostname-verification-algorithm"))
                .isEqualTo("HTTPS");
        assertThat(property(userPool, "kafka.security.protocol")).isEqualTo("SASL_SSL");
        assertThat(property(userPool, "kafka.ssl.truststore.location"))
                .isEqualTo("/etc/cognate/kafka-ca/ca.crt");
        assertThat(pod.path("volumes").toString())
                .contains("\"secretName\":\"cognate-pg-ca\"")
                .contains("\"secretName\":\"cognate-kafka-cluster-ca-cert\"");
        assertThat(pod.at("/containers/0/volumeMounts").findValuesAsText("mountPath"))
                .contains("/etc/cognate/database-ca", "/etc/cognate/kafka-ca");
    }

    @Test
    void templateWhenRequireWithoutCaThenReactiveClientEncryptsWithoutVerifying() {
        String userPool = properties(Renders.inlineSecrets(), "user-pool-service");

        assertThat(property(userPool, "quarkus.datasource.jdbc.url")).endsWith("?sslmode=require");
        assertThat(property(userPool, "quarkus.datasource.reactive.trust-all")).isEqualTo("true");
    }

    @Test
    void templateWhenExtraConfigAndEnvGivenThenTheyReachTheService() {
        Manifests manifests = Renders.inlineSecrets();

        assertThat(
                        property(
                                properties(manifests, "credential-broker"),
                                "quarkus.log.category.\"io.cognate\".level"))
                .isEqualTo("DEBUG");
        assertThat(property(properties(manifests, "user-pool-service"), "kafka.client.rack"))
                .isEqualTo("zone-a");
        assertThat(
                        manifests
                                .get("Deployment", "cognate-federation-gateway")
                                .at("/spec/template/spec/containers/0/env")
                                .toString())
                .contains("{\"name\":\"QUARKUS_LOG_LEVEL\",\"value\":\"INFO\"}");
    }

    @Test
    void templateWhenOnlyMailSettingsThenOnlyUserPoolServiceGetsThem() {
        Manifests manifests = Renders.inlineSecrets();

        assertThat(property(properties(manifests, "user-pool-service"), "quarkus.mailer.host"))
                .isEqualTo("smtp.test.invalid");
        for (String other :
                new String[] {"federation-gateway", "identity-pool-service", "credential-broker"}) {
            assertThat(properties(manifests, other)).doesNotContain("quarkus.mailer");
        }
    }

    @Test
    void templateWhenIngressWithTlsAndNoPublicUrlThenPublicUrlIsTheFirstHostOverHttps() {
        Manifests manifests =
                Renders.with(
                        Map.of(
                                "ingress.enabled", "true",
                                "ingress.tls.enabled", "true",
                                "ingress.hosts[0]", "id.example.org"));

        assertThat(property(properties(manifests, "user-pool-service"), "cognate.public-base-url"))
                .isEqualTo("https://id.example.org");
    }

    @Test
    void templateWhenConfigChangesThenPodsRollBecauseTheChecksumChanges() {
        String before = checksum(HelmChart.defaults());
        String after = checksum(Renders.with(Map.of("cognate.region", "eu-west-1")));

        assertThat(after).isNotEqualTo(before);
    }

    private static String checksum(Manifests manifests) {
        return manifests
                .get("Deployment", "cognate-user-pool-service")
                .at("/spec/template/metadata/annotations/checksum~1config")
                .asText();
    }

    static String properties(Manifests manifests, String component) {
        return manifests
                .get("ConfigMap", "cognate-" + component)
                .at("/data/application.properties")
                .asText();
    }
}
