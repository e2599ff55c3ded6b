package io.cognate.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Secrets stay in Secrets: never in a ConfigMap, a plain env value, an annotation or the notes. */
class SecretsTest {

    @Test
    void templateWhenSecretsComeFromValuesThenNoSecretValueAppearsOutsideSecrets() {
        Manifests manifests = Renders.inlineSecrets();
        List<String> secretValues = secretValues(manifests);

        assertThat(secretValues).hasSizeGreaterThanOrEqualTo(8);
        for (JsonNode object : manifests.objects()) {
            if (object.path("kind").asText().equals("Secret")) {
                continue;
            }
            String text = object.toString();
            for (String value : secretValues) {
                assertThat(text)
                        .as("%s leaks a Secret value", Manifests.id(object))
                        .doesNotContain(value);
            }
        }
        for (JsonNode configMap : manifests.ofKind("ConfigMap")) {
            assertThat(configMap.path("data").toString()).doesNotContainIgnoringCase("password");
        }
    }

    @Test
    void templateWhenSecretsComeFromValuesThenEverySecretReferenceResolvesInTheRelease() {
        Manifests manifests = Renders.inlineSecrets();

        List<JsonNode> refs = secretKeyRefs(manifests);

        assertThat(refs).hasSize(4 + 3 * 4 + 3 + 2);
        for (JsonNode ref : refs) {
            JsonNode secret = manifests.get("Secret", ref.path("name").asText());
            assertThat(secret.path("data").has(ref.path("key").asText()))
                    .as(ref.toString())
                    .isTrue();
        }
    }

    @Test
    void templateWhenExistingSecretsThenChartMakesNoSecretAndPodsReferenceThem() {
        Manifests manifests = HelmChart.production();

        Set<String> names = new TreeSet<>();
        secretKeyRefs(manifests).forEach(ref -> names.add(ref.path("name").asText()));

        assertThat(manifests.ofKind("Secret")).isEmpty();
        assertThat(names)
                .containsExactly(
                        "cognate",
                        "cognate-kek",
                        "cognate-pg-app",
                        "cognate-root-credentials",
                        "cognate-smtp");
    }

    @Test
    void templateWhenKafkaLoginFromValuesThenJaasLineUsesTheMechanismsLoginModule() {
        JsonNode secret = Renders.inlineSecrets().get("Secret", "cognate-kafka");

        String jaas = decode(secret.at("/data/sasl.jaas.config").asText());

        assertThat(jaas)
                .isEqualTo(
                        "org.apache.kafka.common.security.scram.ScramLoginModule required"
                                + " username=\"cognate\" password=\"chart-test-kafka-password-0001\";");
    }

    @Test
    void templateWhenServiceHasItsOwnDatabaseLoginThenItGetsItsOwnSecret() {
        Manifests manifests = Renders.inlineSecrets();

        JsonNode broker = manifests.get("Secret", "cognate-credential-broker-database");
        JsonNode userPool = manifests.get("Secret", "cognate-user-pool-service-database");

        assertThat(decode(broker.at("/data/username").asText())).isEqualTo("broker");
        assertThat(decode(userPool.at("/data/username").asText())).isEqualTo("cognate");
    }

    @Test
    void templateWhenKeyEncryptionKeyFromValuesThenSecretOutlivesTheRelease() {
        JsonNode kek = Renders.inlineSecrets().get("Secret", "cognate-kek");

        assertThat(kek.at("/metadata/annotations/helm.sh~1resource-policy").asText())
                .isEqualTo("keep");
        assertThat(Base64.getDecoder().decode(decode(kek.at("/data/kek").asText()))).hasSize(32);
    }

    @Test
    void templateWhenGatewayThenItHoldsNoDatabaseOrRootKeys() {
        JsonNode gateway =
                Renders.inlineSecrets()
                        .get("Deployment", "cognate-federation-gateway")
                        .at("/spec/template/spec/containers/0/env");

        assertThat(gateway.findValuesAsText("name"))
                .doesNotContain(
                        "QUARKUS_DATASOURCE_PASSWORD",
                        "COGNATE_ROOT_SECRET_ACCESS_KEY",
                        "KAFKA_SASL_JAAS_CONFIG");
    }

    /**
     * Every value of every chart-made Secret but the login names (which also name things), decoded,
     * and the passwords inside the JAAS line.
     */
    static List<String> secretValues(Manifests manifests) {
        List<String> values = new ArrayList<>();
        for (JsonNode secret : manifests.ofKind("Secret")) {
            secret.path("data")
                    .fields()
                    .forEachRemaining(
                            e -> {
                                if (!e.getKey().equals("username")) {
                                    values.add(decode(e.getValue().asText()));
                                }
                            });
        }
        for (String v : List.copyOf(values)) {
            for (String part : v.split("\"")) {
                if (part.startsWith("chart-test-")) {
                    values.add(part);
                }
            }
        }
        return values.stream().filter(v -> v.length() >= 8).distinct().toList();
    }

    private static List<JsonNode> secretKeyRefs(Manifests manifests) {
        List<JsonNode> refs = new ArrayList<>();
        for (JsonNode d : manifests.ofKind("Deployment")) {
            for (JsonNode env : d.at("/spec/template/spec/containers/0/env")) {
                JsonNode ref = env.at("/valueFrom/secretKeyRef");
                if (!ref.isMissingNode()) {
                    refs.add(ref);
                }
            }
        }
        return refs;
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
